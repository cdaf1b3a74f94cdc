package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * A tenancy ended. Published in the same transaction; the first-rent module closes a
 * first rent NAV has not confirmed yet, so it leaves NAV's queue.
 */
public record TenancyEnded(long tenancyId, long participantId, LocalDate endedOn, TenancyEnd reason) {
}
