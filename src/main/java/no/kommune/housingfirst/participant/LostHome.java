package no.kommune.housingfirst.participant;

import java.time.LocalDate;

import no.kommune.housingfirst.shared.security.CurrentUser;

/**
 * The participant lost their home (eviction, abandonment, a stay in an institution) while
 * follow-up goes on. Published by the housing module in its transaction; this module puts
 * the participant back into the search (a re-housing) and records where they stay now.
 *
 * @param stayNow where the person stays now; null when not recorded
 */
public record LostHome(CurrentUser by, long participantId, LocalDate on, CurrentStay stayNow, String stayNowOther) {
}
