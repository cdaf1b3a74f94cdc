package no.kommune.housingfirst.fit;

import java.time.LocalDate;

/**
 * What the participant view starts from: the participant (for the way back only, never
 * shown), the session's date, and the visit it belongs to, if any.
 */
public record FitStart(long participantId, LocalDate date, Long visitId) {
}
