package no.kommune.housingfirst.housing;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A unit allocated to the participant who chose it. The joint allocation meeting of the
 * housing service, the follow-up team and NAV is due within three working days.
 */
@Entity
public class Allocation {

	/** Working days from allocation to the allocation meeting (tildelingsmøte). */
	public static final int MEETING_WITHIN_WORKING_DAYS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private long unitId;

	private long offerId;

	private LocalDate allocatedOn;

	private LocalDate meetingDue;

	private long createdBy;

	protected Allocation() {
	}

	Allocation(long participantId, long unitId, long offerId, LocalDate allocatedOn, long createdBy) {
		this.participantId = participantId;
		this.unitId = unitId;
		this.offerId = offerId;
		this.allocatedOn = allocatedOn;
		this.meetingDue = WorkingDays.plusWorkingDays(allocatedOn, MEETING_WITHIN_WORKING_DAYS);
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public LocalDate getAllocatedOn() {
		return this.allocatedOn;
	}

	public LocalDate getMeetingDue() {
		return this.meetingDue;
	}

	public boolean isMeetingOverdue(LocalDate today) {
		return today.isAfter(this.meetingDue);
	}

}
