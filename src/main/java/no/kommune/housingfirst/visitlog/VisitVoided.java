package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;

/**
 * A visit was voided (logged on the wrong person, twice): roll-ups stop counting what
 * they counted for it, the day, whether contact was made, minutes. Never the note, nor
 * why it was voided. Published in the voiding transaction.
 */
public record VisitVoided(long visitId, long participantId, LocalDate date, boolean contact, Integer durationMinutes) {
}
