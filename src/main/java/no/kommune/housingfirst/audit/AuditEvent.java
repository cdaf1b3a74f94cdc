package no.kommune.housingfirst.audit;

import java.time.Instant;

/**
 * One line of the audit trail, as pages show it. {@code recordedAt}: when a change that
 * arrived later was recorded on a phone without signal (docs/adr/0012), else null.
 */
public record AuditEvent(long id, Instant occurredAt, long actorId, String actorUsername, String actorName,
		String actorRoles, Long participantId, RecordType recordType, Long recordId, AuditAction action,
		boolean allowed, Instant recordedAt) {
}
