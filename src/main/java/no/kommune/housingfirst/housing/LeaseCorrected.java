package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * A lease was corrected. Published in the same transaction; the first-rent module moves
 * the due day of a first rent NAV has not confirmed yet to the corrected lease start.
 */
public record LeaseCorrected(long tenancyId, long participantId, LocalDate startsOn) {
}
