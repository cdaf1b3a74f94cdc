package no.kommune.housingfirst.tenancy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.housing.UnitAddress;
import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NAV's rent-deduction queue, shaped as its first-rent queue: the participants (who
 * consented to sharing with NAV) whose agreed rent deduction (husleietrekk) failed, with
 * their name, birth date, unit and the arrears — nothing else of the follow-up. Every row
 * shown is an audited read. Confirming that the deduction is set up again is one
 * conditional UPDATE, so two people confirming at once give exactly one confirmation and
 * the other is told it was done already.
 */
@Service
@Transactional
public class RentDeductionQueue {

	public static final int PAGE_SIZE = 25;

	private static final String OPEN = """
			FROM tenancy_event e
			JOIN participant p ON p.id = e.participant_id
			JOIN tenancy t ON t.id = e.tenancy_id
			JOIN housing_unit u ON u.id = t.unit_id
			WHERE p.consent_nav AND NOT p.restricted AND e.kind = 'RENT_ARREARS' AND e.deduction_failed
			  AND e.deduction_restored_at IS NULL
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final TenancyEvents events;

	private final Clock clock;

	RentDeductionQueue(NamedParameterJdbcTemplate jdbc, AuditLog audit, TenancyEvents events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The failed deductions still to set up again, oldest first. */
	public Page<Row> open(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Long total = this.jdbc.queryForObject("SELECT count(*) " + OPEN, new MapSqlParameterSource(), Long.class);
		List<Row> rows = this.jdbc.query("""
				SELECT e.id, e.participant_id, p.team_id, p.full_name, p.birth_date, u.street_address, u.unit_label,
				       u.postcode, e.arrears_ore
				""" + OPEN + " ORDER BY e.occurred_on, e.id LIMIT :limit OFFSET :offset",
				new MapSqlParameterSource("limit", PAGE_SIZE).addValue("offset", request.getOffset()),
				(rs, n) -> new Row(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("team_id"),
						rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class), UnitAddress
							.of(rs.getString("street_address"), rs.getString("unit_label"), rs.getString("postcode")),
						rs.getLong("arrears_ore")));
		this.audit.readAll(user, RecordType.RENT_DEDUCTION,
				rows.stream().map((row) -> new AuditLog.Read(row.participantId(), row.teamId(), row.id())).toList());
		return new PageImpl<>(rows, request, (total == null) ? 0 : total);
	}

	/**
	 * NAV confirms the deduction is set up again, exactly once. A second confirmation
	 * changes nothing and says it was done already; an id not in NAV's view is not found.
	 */
	public void confirmRestored(CurrentUser user, long eventId) {
		List<long[]> found = this.jdbc.query("""
				SELECT e.participant_id, p.team_id FROM tenancy_event e JOIN participant p ON p.id = e.participant_id
				WHERE e.id = :id AND p.consent_nav AND NOT p.restricted AND e.kind = 'RENT_ARREARS'
				  AND e.deduction_failed""", new MapSqlParameterSource("id", eventId),
				(rs, n) -> new long[] { rs.getLong("participant_id"), rs.getLong("team_id") });
		if (found.isEmpty()) {
			throw new NotFoundException("rent deduction " + eventId);
		}
		Timestamp at = Timestamp.from(this.clock.instant());
		int updated = this.jdbc.update("""
				UPDATE tenancy_event SET deduction_restored_at = :at, deduction_restored_by = :by, version = version + 1
				WHERE id = :id AND deduction_failed AND deduction_restored_at IS NULL""",
				new MapSqlParameterSource("id", eventId).addValue("at", at).addValue("by", user.id()));
		if (updated == 0) {
			throw new BrokenRuleException("tenancy.nav.alreadyRestored");
		}
		this.events.recordChange(eventId, user.id(), at, "deductionRestored", null,
				TenancyEvents.words(LocalDate.ofInstant(at.toInstant(), this.clock.getZone())));
		this.audit.changed(user, found.get(0)[0], found.get(0)[1], RecordType.RENT_DEDUCTION, eventId,
				AuditAction.UPDATE);
	}

	/**
	 * A failed deduction as NAV sees it: nothing about health, visits or the follow-up.
	 */
	public record Row(long id, long participantId, long teamId, String fullName, LocalDate birthDate, String address,
			long arrearsOre) {
	}

}
