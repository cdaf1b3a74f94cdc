package no.kommune.housingfirst.visitlog;

import static no.kommune.housingfirst.visitlog.VisitRuleException.require;

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
 * what changed, field by field, for the correction history. A visit logged by mistake is
 * voided ({@link #voidBy}), never deleted: it stays in the history, counts nowhere, and
 * cannot change again.
 */
@Entity
public class Visit {

	/**
	 * The most characters of the few words that explain "other" when there was no
	 * contact.
	 */
	public static final int NO_CONTACT_TEXT_MAX = 200;

	/** The most characters of the comment on a void. */
	public static final int VOID_COMMENT_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private LocalDate visitDate;

	@Enumerated(EnumType.STRING)
	private VisitKind kind;

	private boolean contact;

	@Enumerated(EnumType.STRING)
	private NoContactReason noContactReason;

	private String noContactText;

	private Integer durationMinutes;

	@Enumerated(EnumType.STRING)
	private HomeCondition homeCondition;

	@Convert(converter = VisitEnumSets.Concerns.class)
	private Set<Concern> concerns = Set.of();

	@Convert(converter = VisitEnumSets.Help.class)
	@Column(name = "practical_help")
	private Set<PracticalHelp> help = Set.of();

	private boolean healthCareDeclined;

	private String note;

	private UUID submissionKey;

	private long createdBy;

	@CreationTimestamp
	@Column(updatable = false)
	private Instant createdAt;

	private Instant voidedAt;

	private Long voidedBy;

	@Enumerated(EnumType.STRING)
	private VoidReason voidReason;

	private String voidComment;

	@Version
	private int version;

	protected Visit() {
	}

	Visit(long participantId, VisitDetails details, UUID submissionKey, long createdBy) {
		this.participantId = participantId;
		this.submissionKey = submissionKey;
		this.createdBy = createdBy;
		guard(details);
		apply(details);
	}

	/** A changed field: name, old value, new value (as text for the history). */
	public record Change(String field, String from, String to) {
	}

	List<Change> correct(VisitDetails corrected) {
		require(!isVoided(), null, "visitlog.rule.voided");
		guard(corrected);
		VisitDetails before = details();
		List<Change> changes = new ArrayList<>();
		compare(changes, "date", before, corrected, VisitDetails::date);
		compare(changes, "kind", before, corrected, VisitDetails::kind);
		compare(changes, "contact", before, corrected, VisitDetails::contact);
		compare(changes, "noContactReason", before, corrected, VisitDetails::noContactReason);
		compare(changes, "noContactText", before, corrected, VisitDetails::noContactText);
		compare(changes, "durationMinutes", before, corrected, VisitDetails::durationMinutes);
		compare(changes, "homeCondition", before, corrected, VisitDetails::homeCondition);
		compare(changes, "concerns", before, corrected,
				(d) -> new VisitEnumSets.Concerns().convertToDatabaseColumn(d.concerns()));
		compare(changes, "help", before, corrected, (d) -> new VisitEnumSets.Help().convertToDatabaseColumn(d.help()));
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

	/**
	 * Voids the visit: it stays, marked with who, when and why, and no longer counts.
	 * Once only; "other" needs a comment.
	 */
	void voidBy(long staffId, VoidReason reason, String comment, Instant at) {
		require(!isVoided(), null, "visitlog.rule.alreadyVoided");
		require(reason != null, "reason", "validation.required");
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		require(reason != VoidReason.OTHER || text != null, "comment", "visitlog.void.comment.required");
		require(text == null || text.codePointCount(0, text.length()) <= VOID_COMMENT_MAX, "comment",
				"validation.maxLength", VOID_COMMENT_MAX);
		this.voidedAt = at;
		this.voidedBy = staffId;
		this.voidReason = reason;
		this.voidComment = text;
	}

	/**
	 * A visit without contact says why, one with contact does not; "other" says it in a
	 * few words, and only "other" has them.
	 */
	private static void guard(VisitDetails details) {
		require(details.contact() || details.noContactReason() != null, "noContactReason",
				"visitlog.rule.noContactReason.required");
		require(!details.contact() || details.noContactReason() == null, "noContactReason",
				"visitlog.rule.noContactReason.withContact");
		require(details.noContactReason() != NoContactReason.OTHER || details.noContactText() != null, "noContactText",
				"visitlog.rule.noContactText.required");
		require(details.noContactReason() == NoContactReason.OTHER || details.noContactText() == null, "noContactText",
				"visitlog.rule.noContactText.onlyOther");
		String text = details.noContactText();
		require(text == null || text.codePointCount(0, text.length()) <= NO_CONTACT_TEXT_MAX, "noContactText",
				"validation.maxLength", NO_CONTACT_TEXT_MAX);
	}

	private void apply(VisitDetails details) {
		this.visitDate = details.date();
		this.kind = details.kind();
		this.contact = details.contact();
		this.noContactReason = details.noContactReason();
		this.noContactText = details.noContactText();
		this.durationMinutes = details.durationMinutes();
		this.homeCondition = details.homeCondition();
		this.concerns = details.concerns();
		this.help = details.help();
		this.healthCareDeclined = details.healthCareDeclined();
		this.note = details.note();
	}

	public VisitDetails details() {
		return new VisitDetails(this.visitDate, this.kind, this.contact, this.noContactReason, this.noContactText,
				this.durationMinutes, this.homeCondition, this.concerns, this.help, this.healthCareDeclined, this.note);
	}

	/** Voided visits stay in the history and count nowhere. */
	public boolean isVoided() {
		return this.voidedAt != null;
	}

	public Instant getVoidedAt() {
		return this.voidedAt;
	}

	public Long getVoidedBy() {
		return this.voidedBy;
	}

	public VoidReason getVoidReason() {
		return this.voidReason;
	}

	public String getVoidComment() {
		return this.voidComment;
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
