package no.kommune.housingfirst.participant;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step in a participant's status history; never changed once written. */
@Entity
@Table(name = "participant_status_change")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "participant_id")
	private Participant participant;

	@Enumerated(EnumType.STRING)
	private ParticipantStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ParticipantStatus toStatus;

	private String reason;

	private LocalDate effectiveOn;

	@Column(insertable = false, updatable = false)
	private Instant changedAt;

	private long changedBy;

	protected StatusChange() {
	}

	StatusChange(Participant participant, ParticipantStatus from, ParticipantStatus to, String reason,
			LocalDate effectiveOn, long changedBy) {
		this.participant = participant;
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
		this.effectiveOn = effectiveOn;
		this.changedBy = changedBy;
	}

	public ParticipantStatus getFromStatus() {
		return this.fromStatus;
	}

	public ParticipantStatus getToStatus() {
		return this.toStatus;
	}

	public String getReason() {
		return this.reason;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public long getChangedBy() {
		return this.changedBy;
	}

}
