package no.kommune.housingfirst.tenancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.housing.UnitAddress;
import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The housing service's part (DOMAIN.md roles): on the units it manages, it records and
 * sees complaints, damage, warnings and notices to quit — the date, the source and what
 * happened — but never the follow-up: no answer, no responder, no rent arrears, no name
 * of the tenant. Each event shown is an audited read of the tenant's record; each one
 * recorded an audited change.
 */
@Service
@AuditedTransaction
public class UnitEvents {

	private static final int SHOWN = 50;

	private final NamedParameterJdbcTemplate jdbc;

	private final TenancyEvents events;

	private final AuditLog audit;

	private final TenancyEventProperties limits;

	private final Clock clock;

	UnitEvents(NamedParameterJdbcTemplate jdbc, TenancyEvents events, AuditLog audit, TenancyEventProperties limits,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.limits = limits;
		this.clock = clock;
	}

	/** The unit's events, newest first (the latest {@value #SHOWN}). */
	public UnitEventsPage page(CurrentUser user, long unitId) {
		requireHousingService(user);
		String address = address(unitId);
		List<Line> lines = this.jdbc.query("""
				SELECT e.id, e.participant_id, p.team_id, e.kind, e.occurred_on, e.source, e.what_happened
				FROM tenancy_event e
				JOIN tenancy t ON t.id = e.tenancy_id
				JOIN participant p ON p.id = e.participant_id
				WHERE t.unit_id = :u AND e.kind <> 'RENT_ARREARS' AND NOT p.restricted
				ORDER BY e.occurred_on DESC, e.id DESC LIMIT :limit""",
				new MapSqlParameterSource("u", unitId).addValue("limit", SHOWN),
				(rs, n) -> new Line(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("team_id"),
						TenancyEventKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
						EventSource.valueOf(rs.getString("source")), rs.getString("what_happened")));
		this.audit.readAll(user, RecordType.TENANCY_EVENT,
				lines.stream()
					.map((line) -> new AuditLog.Read(line.participantId(), line.teamId(), line.id()))
					.toList());
		return new UnitEventsPage(unitId, address, current(unitId).isPresent(), lines);
	}

	/**
	 * Records an event on the unit's current tenancy, once per submission key. Rent
	 * arrears are not the housing service's to record.
	 */
	public long record(CurrentUser user, long unitId, UUID submissionKey, TenancyEventKind kind, LocalDate occurredOn,
			EventSource source, String whatHappened) {
		requireHousingService(user);
		address(unitId);
		Tenant tenant = current(unitId).orElseThrow(() -> new BrokenRuleException("tenancy.rule.unitVacant"));
		Optional<Long> earlier = this.events.findBySubmission(tenant.participantId(), submissionKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (!kind.forHousingService()) {
			throw new BrokenRuleException("kind", "validation.invalid");
		}
		if (occurredOn.isAfter(LocalDate.now(this.clock))) {
			throw new BrokenRuleException("occurredOn", "validation.notInFuture");
		}
		LocalDate respondBy = (kind == TenancyEventKind.COMPLAINT)
				? ResponseDeadline.respondBy(occurredOn, this.limits.responseWorkingDays()) : null;
		long id = this.events.insert(user, tenant.participantId(), tenant.tenancyId(), submissionKey,
				new TenancyEvents.EventDetails(kind, occurredOn, source, whatHappened, respondBy, null, null, null,
						null, null, false));
		this.audit.changed(user, tenant.participantId(), tenant.teamId(), RecordType.TENANCY_EVENT, id,
				AuditAction.CREATE);
		return id;
	}

	private static void requireHousingService(CurrentUser user) {
		if (!user.hasRole(Role.HOUSING_OFFICER)) {
			throw new NotFoundException("unit events");
		}
	}

	private String address(long unitId) {
		return this.jdbc
			.query("SELECT street_address, unit_label, postcode FROM housing_unit WHERE id = :u",
					new MapSqlParameterSource("u", unitId),
					(rs, n) -> UnitAddress.of(rs.getString("street_address"), rs.getString("unit_label"),
							rs.getString("postcode")))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("housing unit " + unitId));
	}

	private Optional<Tenant> current(long unitId) {
		return this.jdbc
			.query("""
					SELECT t.id, t.participant_id, p.team_id FROM tenancy t JOIN participant p ON p.id = t.participant_id
					WHERE t.unit_id = :u AND t.ended_on IS NULL ORDER BY t.starts_on DESC, t.id DESC LIMIT 1""",
					new MapSqlParameterSource("u", unitId),
					(rs, n) -> new Tenant(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("team_id")))
			.stream()
			.findFirst();
	}

	private record Tenant(long tenancyId, long participantId, long teamId) {
	}

	/** One event as the housing service sees it: no follow-up, no tenant's name. */
	public record Line(long id, long participantId, long teamId, TenancyEventKind kind, LocalDate occurredOn,
			EventSource source, String whatHappened) {
	}

	/** The unit's events page. */
	public record UnitEventsPage(long unitId, String address, boolean let, List<Line> events) {
	}

}
