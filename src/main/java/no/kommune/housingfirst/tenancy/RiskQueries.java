package no.kommune.housingfirst.tenancy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.fit.FitService;
import no.kommune.housingfirst.participant.NoticeQuery;
import no.kommune.housingfirst.participant.NoticeRows;

import no.kommune.housingfirst.shared.db.RecordRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signs of the early warning for many participants in one statement (plus one for
 * FIT, or none of their own when a page runs them with its other notices): among
 * participants in follow-up who live in their home (moved in, tenancy not ended), what
 * happened within the window. A visit with a home-condition concern is one where the home
 * needed attention or a concern was ticked; a missed week is a completed ISO week inside
 * the window, after move-in and the start of follow-up, without any contact. Voided
 * visits count for nothing.
 */
@Component
class RiskQueries {

	private static final String SIGNALS = """
			WITH housed AS (
			    SELECT p.id, p.team_id, greatest(p.active_since, t.first_night_on, :tenancyFrom) AS counted_from
			    FROM participant p
			    JOIN tenancy t ON t.participant_id = p.id AND t.first_night_on IS NOT NULL AND t.ended_on IS NULL
			    WHERE p.status <> 'EXITED' AND %s
			)
			SELECT h.id, h.team_id, e.complaints, e.arrears, e.damage, e.warnings,
			       (SELECT count(*) FROM visit v
			        WHERE v.participant_id = h.id AND v.voided_at IS NULL AND v.visit_date BETWEEN :tenancyFrom AND :today
			          AND (v.home_condition = 'NEEDS_ATTENTION' OR v.concerns <> '')) AS concerns,
			       (SELECT count(*)
			        FROM generate_series(h.counted_from + ((8 - extract(ISODOW FROM h.counted_from)::int) %% 7),
			                             CAST(:tenancyLastMonday AS date), INTERVAL '7 days') AS w (monday)
			        WHERE NOT EXISTS (SELECT 1 FROM visit v
			                          WHERE v.participant_id = h.id AND v.contact AND v.voided_at IS NULL
			                            AND v.visit_date BETWEEN CAST(w.monday AS date)
			                                                 AND CAST(w.monday AS date) + 6)) AS missed
			FROM housed h
			LEFT JOIN LATERAL (
			    SELECT count(*) FILTER (WHERE kind = 'COMPLAINT') AS complaints,
			           count(*) FILTER (WHERE kind = 'RENT_ARREARS') AS arrears,
			           count(*) FILTER (WHERE kind = 'DAMAGE') AS damage,
			           count(*) FILTER (WHERE kind IN ('WARNING', 'NOTICE_TO_QUIT')) AS warnings
			    FROM tenancy_event te
			    WHERE te.participant_id = h.id AND te.occurred_on BETWEEN :tenancyFrom AND :today
			) e ON TRUE
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final FitService fit;

	private final TenancyEventProperties limits;

	RiskQueries(NamedParameterJdbcTemplate jdbc, FitService fit, TenancyEventProperties limits) {
		this.jdbc = jdbc;
		this.fit = fit;
		this.limits = limits;
	}

	/** The early warning of each of these participants who lives in their home. */
	Map<Long, TenancyRisk> ofParticipants(Collection<Long> participantIds, LocalDate today) {
		if (participantIds.isEmpty()) {
			return Map.of();
		}
		return risks(query("p.id IN (:ids)", Map.of("ids", participantIds), today));
	}

	/**
	 * What {@link #ofParticipants(Collection, LocalDate, NoticeRows)} reads, for a page
	 * that runs it with its other notices in one statement: the signs, and FIT's
	 * standings (the FIT notices' own query, so it is read once).
	 */
	List<NoticeQuery<?>> queries(Collection<Long> participantIds, LocalDate today) {
		return List.of(signalsQuery("p.id IN (:ids)", Map.of("ids", participantIds), today),
				this.fit.standingsQuery(participantIds));
	}

	/** The same as {@link #ofParticipants(Collection, LocalDate)}, from rows fetched. */
	Map<Long, TenancyRisk> ofParticipants(Collection<Long> participantIds, LocalDate today, NoticeRows fetched) {
		List<SignalRow> rows = fetched.of(signalsQuery("p.id IN (:ids)", Map.of("ids", participantIds), today));
		Set<Long> deteriorated = this.fit.orsDeteriorated(participantIds, fetched, windowStart(today, this.limits));
		return risks(assess(rows, deteriorated));
	}

	/** The early warning of everyone in these teams who lives in their home. */
	Map<Long, Assessed> ofTeams(Collection<Long> teamIds, LocalDate today) {
		if (teamIds.isEmpty()) {
			return Map.of();
		}
		return query("p.team_id IN (:teams)", Map.of("teams", teamIds), today);
	}

	/** A participant's early warning and their team. */
	record Assessed(long teamId, TenancyRisk risk) {
	}

	/** One participant's signs within the window, as {@link #SIGNALS} selects them. */
	record SignalRow(long id, long teamId, int complaints, int arrears, int damage, int warnings, int concerns,
			int missed) {
	}

	private static Map<Long, TenancyRisk> risks(Map<Long, Assessed> assessed) {
		Map<Long, TenancyRisk> risks = new HashMap<>();
		assessed.forEach((id, a) -> risks.put(id, a.risk()));
		return risks;
	}

	private Map<Long, Assessed> query(String filter, Map<String, Object> params, LocalDate today) {
		NoticeQuery<SignalRow> query = signalsQuery(filter, params, today);
		List<SignalRow> rows = this.jdbc.query(query.sql(), new MapSqlParameterSource(query.params()),
				RecordRows.of(SignalRow.class));
		Set<Long> housed = new java.util.HashSet<>();
		rows.forEach((row) -> housed.add(row.id()));
		return assess(rows, this.fit.orsDeteriorated(housed, windowStart(today, this.limits)));
	}

	private NoticeQuery<SignalRow> signalsQuery(String filter, Map<String, Object> params, LocalDate today) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("tenancyFrom", windowStart(today, this.limits));
		all.put("today", today);
		all.put("tenancyLastMonday", today.with(DayOfWeek.MONDAY).minusWeeks(1));
		return new NoticeQuery<>(SIGNALS.formatted(filter), all, SignalRow.class);
	}

	private Map<Long, Assessed> assess(List<SignalRow> rows, Set<Long> deteriorated) {
		Map<Long, Assessed> risks = new HashMap<>();
		for (SignalRow s : rows) {
			risks.put(s.id(),
					new Assessed(s.teamId(),
							TenancyRisk.of(new TenancyRisk.Signals(s.complaints(), s.arrears(), s.damage(),
									s.warnings(), s.concerns(), s.missed(), deteriorated.contains(s.id())),
									this.limits)));
		}
		return risks;
	}

	/** The first day of the window: today counts as one of its days. */
	static LocalDate windowStart(LocalDate today, TenancyEventProperties limits) {
		return today.minusDays(limits.riskWindowDays() - 1L);
	}

}
