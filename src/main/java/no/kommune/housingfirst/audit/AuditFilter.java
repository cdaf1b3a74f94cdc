package no.kommune.housingfirst.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional.
 *
 * @param username who did it
 * @param participantId whose record
 * @param from first day (Oslo time), inclusive
 * @param to last day (Oslo time), inclusive
 */
public record AuditFilter(String username, Long participantId, LocalDate from, LocalDate to) {
}
