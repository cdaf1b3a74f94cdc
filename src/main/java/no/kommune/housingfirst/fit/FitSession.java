package no.kommune.housingfirst.fit;

import static no.kommune.housingfirst.fit.FitRuleException.require;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One FIT session: ORS before, SRS after, exact decimals with one digit. A correction
 * never overwrites silently: {@link #correct} returns what changed, item by item, for the
 * correction history. The totals are the database's generated columns for queries; here
 * they are computed from the items.
 */
@Entity
@Table(name = "fit_session")
public class FitSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private Long visitId;

	private LocalDate sessionDate;

	@Column(precision = 3, scale = 1)
	private BigDecimal orsIndividual;

	@Column(precision = 3, scale = 1)
	private BigDecimal orsInterpersonal;

	@Column(precision = 3, scale = 1)
	private BigDecimal orsSocial;

	@Column(precision = 3, scale = 1)
	private BigDecimal orsOverall;

	@Column(precision = 3, scale = 1)
	private BigDecimal srsRelationship;

	@Column(precision = 3, scale = 1)
	private BigDecimal srsGoals;

	@Column(precision = 3, scale = 1)
	private BigDecimal srsApproach;

	@Column(precision = 3, scale = 1)
	private BigDecimal srsOverall;

	private UUID submissionKey;

	private long createdBy;

	@CreationTimestamp
	@Column(updatable = false)
	private Instant createdAt;

	@Version
	private int version;

	protected FitSession() {
	}

	FitSession(long participantId, FitDetails details, UUID submissionKey, long createdBy) {
		this.participantId = participantId;
		this.submissionKey = submissionKey;
		this.createdBy = createdBy;
		guard(details);
		apply(details);
	}

	/** A changed field: name, old value, new value (as text for the history). */
	public record Change(String field, String from, String to) {
	}

	List<Change> correct(FitDetails corrected) {
		guard(corrected);
		FitDetails before = details();
		List<Change> changes = new ArrayList<>();
		compare(changes, "date", before.date(), corrected.date());
		compare(changes, "visit", before.visitId(), corrected.visitId());
		for (FitItem item : FitItem.values()) {
			compare(changes, item.field(), before.score(item), corrected.score(item));
		}
		apply(corrected);
		return changes;
	}

	private static void compare(List<Change> changes, String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			changes.add(new Change(field, text(from), text(to)));
		}
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.setScale(1).toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

	/**
	 * A session has a date and at least one scale; each item of a scale given is a mark
	 * from 0 to 10 with at most one decimal.
	 */
	private static void guard(FitDetails details) {
		require(details.date() != null, "date", "validation.required");
		require(details.ors() != null || details.srs() != null, null, "fit.rule.noScale");
		for (FitItem item : FitItem.values()) {
			if (details.scale(item.scale()) != null) {
				BigDecimal score = details.score(item);
				require(score != null, item.field(), "fit.form.score.required");
				require(ScaleScores.isValidItem(score), item.field(), "fit.form.score.invalid");
			}
		}
	}

	private void apply(FitDetails details) {
		this.sessionDate = details.date();
		this.visitId = details.visitId();
		this.orsIndividual = scaled(details.score(FitItem.ORS_INDIVIDUAL));
		this.orsInterpersonal = scaled(details.score(FitItem.ORS_INTERPERSONAL));
		this.orsSocial = scaled(details.score(FitItem.ORS_SOCIAL));
		this.orsOverall = scaled(details.score(FitItem.ORS_OVERALL));
		this.srsRelationship = scaled(details.score(FitItem.SRS_RELATIONSHIP));
		this.srsGoals = scaled(details.score(FitItem.SRS_GOALS));
		this.srsApproach = scaled(details.score(FitItem.SRS_APPROACH));
		this.srsOverall = scaled(details.score(FitItem.SRS_OVERALL));
	}

	private static BigDecimal scaled(BigDecimal value) {
		return (value != null) ? value.setScale(1) : null;
	}

	public FitDetails details() {
		ScaleScores ors = (this.orsIndividual != null)
				? new ScaleScores(this.orsIndividual, this.orsInterpersonal, this.orsSocial, this.orsOverall) : null;
		ScaleScores srs = (this.srsRelationship != null)
				? new ScaleScores(this.srsRelationship, this.srsGoals, this.srsApproach, this.srsOverall) : null;
		return new FitDetails(this.sessionDate, this.visitId, ors, srs);
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public LocalDate getSessionDate() {
		return this.sessionDate;
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
