package no.kommune.housingfirst.boplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A "hva trengs nå?" meeting with the housing service and NAV, which the follow-up
 * agreement calls for after the participant declined health care. Written once.
 */
@Entity
@Immutable
@Table(name = "bo_plan_needs_meeting")
class NeedsMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private UUID submissionKey;

	private LocalDate heldOn;

	private String attendees;

	private String outcome;

	private long createdBy;

	private Instant createdAt;

	protected NeedsMeeting() {
	}

	NeedsMeeting(long participantId, UUID submissionKey, NeedsMeetingRecord meeting, long createdBy,
			Instant createdAt) {
		this.participantId = participantId;
		this.submissionKey = submissionKey;
		this.heldOn = meeting.heldOn();
		this.attendees = meeting.attendees();
		this.outcome = meeting.outcome();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	NeedsMeetingRecord meeting() {
		return new NeedsMeetingRecord(this.heldOn, this.attendees, this.outcome);
	}

	Long getId() {
		return this.id;
	}

	long getParticipantId() {
		return this.participantId;
	}

	long getCreatedBy() {
		return this.createdBy;
	}

}
