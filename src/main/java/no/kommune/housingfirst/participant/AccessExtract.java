package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import no.kommune.housingfirst.audit.AuditEvent;

import org.springframework.data.domain.Page;

/**
 * The participant's access extract: who read or changed their record, and when; one page
 * of the period asked for (both days included).
 */
public record AccessExtract(ParticipantHeader header, Page<AuditEvent> events, LocalDate from, LocalDate to,
		ZonedDateTime producedAt) {
}
