package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;

/**
 * A visit was corrected: what roll-ups counted before and what they count now. Never the
 * note. Published in the correcting transaction.
 */
public record VisitCorrected(long visitId, long participantId, LocalDate dateBefore, boolean contactBefore,
		Integer minutesBefore, LocalDate date, boolean contact, Integer durationMinutes) {
}
