package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;

/**
 * A visit was logged. Carries what weekly roll-ups need (the day, whether contact was
 * made, minutes) and never the note. Published in the saving transaction.
 */
public record VisitLogged(long visitId, long participantId, LocalDate date, boolean contact, Integer durationMinutes) {
}
