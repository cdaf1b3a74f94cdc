package no.kommune.housingfirst.participant;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One period of restricted processing (GDPR art. 18): who restricted the record, when and
 * on what ground, and once lifted, who lifted it, when and why. Written once and closed
 * once; the participant's {@code restricted} flag follows the open period.
 */
@Entity
@Table(name = "participant_restriction")
class ParticipantRestriction {

	/** The longest ground or lifting reason, in characters. */
	static final int MAX_TEXT = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private Instant restrictedAt;

	private long restrictedBy;

	private String ground;

	private UUID submissionKey;

	private Instant liftedAt;

	private Long liftedBy;

	private String liftReason;

	private UUID liftSubmissionKey;

	@Version
	private int version;

	protected ParticipantRestriction() {
	}

	ParticipantRestriction(long participantId, Instant at, long by, String ground, UUID submissionKey) {
		this.participantId = participantId;
		this.restrictedAt = at;
		this.restrictedBy = by;
		this.ground = ground;
		this.submissionKey = submissionKey;
	}

	void lift(Instant at, long by, String reason, UUID submissionKey) {
		ParticipantRuleException.require(this.liftedAt == null, "participant.restriction.notRestricted");
		this.liftedAt = at;
		this.liftedBy = by;
		this.liftReason = reason;
		this.liftSubmissionKey = submissionKey;
	}

	Long getId() {
		return this.id;
	}

	long getParticipantId() {
		return this.participantId;
	}

	Instant getRestrictedAt() {
		return this.restrictedAt;
	}

	long getRestrictedBy() {
		return this.restrictedBy;
	}

	String getGround() {
		return this.ground;
	}

	Instant getLiftedAt() {
		return this.liftedAt;
	}

	Long getLiftedBy() {
		return this.liftedBy;
	}

	String getLiftReason() {
		return this.liftReason;
	}

}
