package no.kommune.housingfirst.participant;

import java.time.ZonedDateTime;
import java.util.List;

import no.kommune.housingfirst.audit.AuditEvent;

/** The participant's access extract: who read or changed their record, and when. */
public record AccessExtract(ParticipantHeader header, List<AuditEvent> events, ZonedDateTime producedAt) {
}
