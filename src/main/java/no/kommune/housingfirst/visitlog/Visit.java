package no.kommune.housingfirst.visitlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One follow-up visit. A correction never overwrites silently: {@link #correct} returns
 * what changed, field by field, for the correction history.
 */
@Entity
public class Visit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private LocalDate visitDate;

	@Enumerated(EnumType.STRING)
	private VisitKind kind;

	private boolean contact;

	private Integer durationMinutes;

	@Enumerated(EnumType.STRING)
	private HomeCondition homeCondition;

	@Convert(converter = EnumSetText.Concerns.class)
	private Set<Concern> concerns = Set.of();

	@Convert(converter = EnumSetText.Help.class)
	@Column(name = "practical_help")
	private Set<PracticalHelp> help = Set.of();

	private boolean healthCareDeclined;

	private String note;

	private UUID submissionKey;

	private long createdBy;

	@CreationTimestamp
	@Column(updatable = false)
	private Instant createdAt;

	@Version
	private int version;

	protected Visit() {
	}

	Visit(long participantId, VisitDetails details, UUID submissionKey, long createdBy) {
		this.participantId = participantId;
		this.submissionKey = submissionKey;
		this.createdBy = createdBy;
		apply(details);
	}

	/** A changed field: name, old value, new value (as text for the history). */
	public record Change(String field, String from, String to) {
	}

	List<Change> correct(VisitDetails corrected) {
		VisitDetails before = details();
		List<Change> changes = new ArrayList<>();
		compare(changes, "date", before, corrected, VisitDetails::date);
		compare(changes, "kind", before, corrected, VisitDetails::kind);
		compare(changes, "contact", before, corrected, VisitDetails::contact);
		compare(changes, "durationMinutes", before, corrected, VisitDetails::durationMinutes);
		compare(changes, "homeCondition", before, corrected, VisitDetails::homeCondition);
		compare(changes, "concerns", before, corrected,
				(d) -> new EnumSetText.Concerns().convertToDatabaseColumn(d.concerns()));
		compare(changes, "help", before, corrected, (d) -> new EnumSetText.Help().convertToDatabaseColumn(d.help()));
		compare(changes, "healthCareDeclined", before, corrected, VisitDetails::healthCareDeclined);
		compare(changes, "note", before, corrected, VisitDetails::note);
		apply(corrected);
		return changes;
	}

	private static void compare(List<Change> changes, String field, VisitDetails before, VisitDetails after,
			Function<VisitDetails, Object> value) {
		Object from = value.apply(before);
		Object to = value.apply(after);
		if (!Objects.equals(from, to)) {
			changes
				.add(new Change(field, (from != null) ? from.toString() : null, (to != null) ? to.toString() : null));
		}
	}

	private void apply(VisitDetails details) {
		this.visitDate = details.date();
		this.kind = details.kind();
		this.contact = details.contact();
		this.durationMinutes = details.durationMinutes();
		this.homeCondition = details.homeCondition();
		this.concerns = details.concerns();
		this.help = details.help();
		this.healthCareDeclined = details.healthCareDeclined();
		this.note = details.note();
	}

	public VisitDetails details() {
		return new VisitDetails(this.visitDate, this.kind, this.contact, this.durationMinutes, this.homeCondition,
				this.concerns, this.help, this.healthCareDeclined, this.note);
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public LocalDate getVisitDate() {
		return this.visitDate;
	}

	public int getVersion() {
		return this.version;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public UUID getSubmissionKey() {
		return this.submissionKey;
	}

}
