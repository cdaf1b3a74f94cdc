package no.kommune.housingfirst.participant;

import java.time.LocalDate;

import no.kommune.housingfirst.shared.security.CurrentUser;

/**
 * The participant moved into a home of their own (the first night there). Published by
 * the module that records it (housing), in its transaction; this module marks the
 * participant housed on it. The participant module owns the event, since housing depends
 * on it and not the other way round (ADR 0007).
 *
 * @param by who recorded the move-in: the status change and its audit row name them
 */
public record MovedIntoHome(CurrentUser by, long participantId, LocalDate firstNight) {
}
