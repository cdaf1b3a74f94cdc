package no.kommune.housingfirst.participant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One changed field of a participant's record, old and new value as the page shows them
 * (names, not ids), and for a reassignment why it was made. Written once.
 */
@Entity
@Table(name = "participant_change")
class ParticipantChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	private Instant changedAt;

	private long changedBy;

	private String field;

	private String oldValue;

	private String newValue;

	private String reason;

	protected ParticipantChange() {
	}

	ParticipantChange(long participantId, Instant at, long changedBy, Participant.Change change, String reason) {
		this.participantId = participantId;
		this.changedAt = at;
		this.changedBy = changedBy;
		this.field = change.field();
		this.oldValue = change.from();
		this.newValue = change.to();
		this.reason = reason;
	}

	Long getId() {
		return this.id;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	long getChangedBy() {
		return this.changedBy;
	}

	String getField() {
		return this.field;
	}

	String getOldValue() {
		return this.oldValue;
	}

	String getNewValue() {
		return this.newValue;
	}

	String getReason() {
		return this.reason;
	}

}
