package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * The participant chose a unit: it is allocated, and the allocation meeting is due within
 * three working days.
 */
public record AllocationMade(long allocationId, long participantId, long unitId, LocalDate allocatedOn,
		LocalDate meetingDue) {
}
