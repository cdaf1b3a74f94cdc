package no.kommune.housingfirst.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists across participants: the allocation meetings still to hold (for caseworkers and
 * section leaders, only their teams' participants), and the housing service's view of
 * allocations and leases (no follow-up content at all). Each list is one query, and
 * showing it is audited as a search.
 */
@Service
@Transactional
public class HousingWorklists {

	public static final int PAGE_SIZE = 25;

	/**
	 * The housing service sees the name only with the participant's consent to share with
	 * it, otherwise a reference (ADR 0008).
	 */
	private static final String NAME_FOR_HOUSING_SERVICE = "CASE WHEN p.consent_housing THEN p.full_name ELSE 'HF-' || p.id END";

	private static final String ALLOCATIONS = """
			SELECT a.id, a.participant_id, p.team_id, p.full_name, u.street_address, u.unit_label, u.postcode, u.district,
			       a.allocated_on, a.meeting_due, a.meeting_planned_at, a.meeting_held_on, a.released_on, t.kind, t.starts_on, t.first_night_on, t.ended_on
			FROM allocation a
			JOIN participant p ON p.id = a.participant_id
			JOIN housing_unit u ON u.id = a.unit_id
			LEFT JOIN tenancy t ON t.allocation_id = a.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	HousingWorklists(NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Meetings not yet held for participants the user may see, earliest due first, so the
	 * overdue ones lead. An allocation whose tenancy has already ended is history, not a
	 * meeting to hold.
	 */
	public Page<Row> meetingsToHold(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		if (teams.isEmpty()) {
			return Page.empty(request);
		}
		String where = """
				WHERE a.meeting_held_on IS NULL AND a.released_on IS NULL AND p.status <> 'EXITED' AND p.team_id IN (:teams)
				  AND """
				+ ParticipantAccess.unrestricted("p")
				+ """
						  AND NOT EXISTS (SELECT 1 FROM tenancy e WHERE e.allocation_id = a.id AND e.ended_on IS NOT NULL)
						""";
		MapSqlParameterSource params = ParticipantAccess
			.restrictionParams(new MapSqlParameterSource("teams", teams).addValue("limit", PAGE_SIZE)
				.addValue("offset", request.getOffset()), user);
		Long total = this.jdbc.queryForObject(
				"SELECT count(*) FROM allocation a JOIN participant p ON p.id = a.participant_id " + where, params,
				Long.class);
		List<Row> rows = this.jdbc.query(
				ALLOCATIONS + where + " ORDER BY a.meeting_due, a.id LIMIT :limit OFFSET :offset", params, rowMapper());
		this.audit.searched(user, RecordType.PARTICIPANT_LIST);
		return new PageImpl<>(rows, request, (total == null) ? 0 : total);
	}

	/**
	 * Every allocation with its meeting and lease, newest first, for the housing service.
	 * Each participant shown is a read in their access log: the housing service sees
	 * their name with the home.
	 */
	public Page<Row> allocations(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		// A restricted participant is the section leader's alone: not on the housing
		// service's lists.
		Long total = this.jdbc.queryForObject(
				"SELECT count(*) FROM allocation a JOIN participant p ON p.id = a.participant_id WHERE NOT p.restricted",
				new MapSqlParameterSource(), Long.class);
		List<Row> rows = this.jdbc.query(
				ALLOCATIONS.replace("p.full_name,", NAME_FOR_HOUSING_SERVICE + " AS full_name,")
						+ " WHERE NOT p.restricted ORDER BY a.allocated_on DESC, a.id DESC LIMIT :limit OFFSET :offset",
				new MapSqlParameterSource("limit", PAGE_SIZE).addValue("offset", request.getOffset()), rowMapper());
		this.audit.readAll(user, RecordType.HOUSING,
				rows.stream()
					.map((row) -> new AuditLog.Read(row.participantId(), row.teamId(), row.allocationId()))
					.toList());
		return new PageImpl<>(rows, request, (total == null) ? 0 : total);
	}

	/**
	 * Open offers, oldest first, with the units on offer and what the participant has
	 * answered so far: the housing service holds those units meanwhile. Each participant
	 * shown is a read in their access log.
	 */
	public List<OpenOffer> openOffers(CurrentUser user) {
		List<OpenOffer> offers = this.jdbc.query(
				"SELECT o.id, o.participant_id, p.team_id, " + NAME_FOR_HOUSING_SERVICE
						+ """
								 AS full_name, o.made_on,
								       string_agg(u.street_address || coalesce(', ' || u.unit_label, '') || ', ' || u.postcode
								                  || CASE WHEN ou.answer = 'DECLINED' THEN ' (–)' ELSE '' END, '; ' ORDER BY ou.id) AS units
								FROM housing_offer o
								JOIN participant p ON p.id = o.participant_id
								JOIN housing_offer_unit ou ON ou.offer_id = o.id
								JOIN housing_unit u ON u.id = ou.unit_id
								WHERE o.status = 'OPEN' AND NOT p.restricted
								GROUP BY o.id, p.id
								ORDER BY o.made_on, o.id LIMIT 200""",
				new MapSqlParameterSource(),
				(rs, n) -> new OpenOffer(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("team_id"),
						rs.getString("full_name"), rs.getObject("made_on", LocalDate.class), rs.getString("units")));
		this.audit.readAll(user, RecordType.HOUSING,
				offers.stream()
					.map((offer) -> new AuditLog.Read(offer.participantId(), offer.teamId(), offer.offerId()))
					.toList());
		return offers;
	}

	/**
	 * The housing service's open cases: participants in the search whose case is open to
	 * it (consent, or an offer already made), longest waiting first, with where each
	 * stands. Each participant shown is a read in their access log.
	 */
	public Page<Seeker> seekers(CurrentUser user, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		String where = """
				FROM participant p
				WHERE p.status = 'INCLUDED' AND NOT p.restricted
				  AND (p.consent_housing OR EXISTS (SELECT 1 FROM housing_offer o WHERE o.participant_id = p.id))
				""";
		MapSqlParameterSource params = new MapSqlParameterSource("limit", PAGE_SIZE).addValue("offset",
				request.getOffset());
		Long total = this.jdbc.queryForObject("SELECT count(*) " + where, params, Long.class);
		List<Seeker> rows = this.jdbc.query("SELECT p.id, p.team_id, " + NAME_FOR_HOUSING_SERVICE
				+ """
						 AS name, p.included_on,
						       EXISTS (SELECT 1 FROM housing_offer o WHERE o.participant_id = p.id AND o.status = 'OPEN') AS open_offer,
						       EXISTS (SELECT 1 FROM allocation a WHERE a.participant_id = p.id AND a.released_on IS NULL
						               AND NOT EXISTS (SELECT 1 FROM tenancy t WHERE t.allocation_id = a.id)) AS allocated,
						       EXISTS (SELECT 1 FROM tenancy t WHERE t.participant_id = p.id AND t.ended_on IS NULL) AS tenancy
						"""
				+ where + " ORDER BY p.included_on, p.id LIMIT :limit OFFSET :offset", params, (rs, n) -> {
					LocalDate includedOn = rs.getObject("included_on", LocalDate.class);
					return new Seeker(rs.getLong("id"), rs.getLong("team_id"), rs.getString("name"), includedOn,
							java.time.temporal.ChronoUnit.DAYS.between(includedOn, LocalDate.now(this.clock)),
							rs.getBoolean("open_offer"), rs.getBoolean("allocated"), rs.getBoolean("tenancy"));
				});
		this.audit.readAll(user, RecordType.HOUSING,
				rows.stream().map((row) -> new AuditLog.Read(row.participantId(), row.teamId(), null)).toList());
		return new PageImpl<>(rows, request, (total == null) ? 0 : total);
	}

	private RowMapper<Row> rowMapper() {
		LocalDate today = LocalDate.now(this.clock);
		return (rs, n) -> {
			LocalDate due = rs.getObject("meeting_due", LocalDate.class);
			LocalDate held = rs.getObject("meeting_held_on", LocalDate.class);
			LocalDate released = rs.getObject("released_on", LocalDate.class);
			String kind = rs.getString("kind");
			return new Row(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("team_id"),
					rs.getString("full_name"),
					HousingUnit.address(rs.getString("street_address"), rs.getString("unit_label"),
							rs.getString("postcode")),
					rs.getString("district"), rs.getObject("allocated_on", LocalDate.class), due,
					rs.getObject("meeting_planned_at", java.time.LocalDateTime.class), held,
					held == null && released == null && today.isAfter(due), released,
					(kind == null) ? null : TenancyKind.valueOf(kind), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("first_night_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class));
		};
	}

	/** A participant in the search as the housing service sees them. */
	public record Seeker(long participantId, long teamId, String name, LocalDate includedOn, long daysWaiting,
			boolean openOffer, boolean allocated, boolean tenancySigned) {
	}

	/** An open offer as the housing service sees it; declined units are marked (–). */
	public record OpenOffer(long offerId, long participantId, long teamId, String fullName, LocalDate madeOn,
			String units) {
	}

	/** An allocation as the lists show it. */
	public record Row(long allocationId, long participantId, long teamId, String fullName, String address,
			String district, LocalDate allocatedOn, LocalDate meetingDue, java.time.LocalDateTime meetingPlannedAt,
			LocalDate meetingHeldOn, boolean meetingOverdue, LocalDate releasedOn, TenancyKind tenancyKind,
			LocalDate startsOn, LocalDate movedInOn, LocalDate endedOn) {
	}

}
