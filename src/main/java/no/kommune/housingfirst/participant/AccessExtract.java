package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import no.kommune.housingfirst.audit.AuditEvent;

import org.springframework.data.domain.Page;

/**
 * The participant's access extract: who read or changed their record, and when; one page
 * of the period asked for (both days included). {@code restrictions}: the periods of
 * restricted processing, so the extract marks what was done during one (ADR 0016).
 */
public record AccessExtract(ParticipantHeader header, Page<AuditEvent> events, LocalDate from, LocalDate to,
		ZonedDateTime producedAt, java.util.List<RestrictionPeriod> restrictions) {

	/** Whether the event happened while the record's processing was restricted. */
	public boolean duringRestriction(AuditEvent event) {
		return this.restrictions.stream().anyMatch((period) -> period.covers(event.occurredAt()));
	}

}
