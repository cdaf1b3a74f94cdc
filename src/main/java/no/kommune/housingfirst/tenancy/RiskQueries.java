package no.kommune.housingfirst.tenancy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.fit.FitService;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signs of the early warning for many participants in one statement (plus one for
 * FIT): among participants in follow-up who live in their home (moved in, tenancy not
 * ended), what happened within the window. A visit with a home-condition concern is one
 * where the home needed attention or a concern was ticked; a missed week is a completed
 * ISO week inside the window, after move-in and the start of follow-up, without any
 * contact. Voided visits count for nothing.
 */
@Component
class RiskQueries {

	private static final String SIGNALS = """
			WITH housed AS (
			    SELECT p.id, p.team_id, greatest(p.active_since, t.first_night_on, :from) AS counted_from
			    FROM participant p
			    JOIN tenancy t ON t.participant_id = p.id AND t.first_night_on IS NOT NULL AND t.ended_on IS NULL
			    WHERE p.status <> 'EXITED' AND %s
			)
			SELECT h.id, h.team_id, e.complaints, e.arrears, e.damage, e.warnings,
			       (SELECT count(*) FROM visit v
			        WHERE v.participant_id = h.id AND v.voided_at IS NULL AND v.visit_date BETWEEN :from AND :today
			          AND (v.home_condition = 'NEEDS_ATTENTION' OR v.concerns <> '')) AS concerns,
			       (SELECT count(*)
			        FROM generate_series(h.counted_from + ((8 - extract(ISODOW FROM h.counted_from)::int) %% 7),
			                             CAST(:lastMonday AS date), INTERVAL '7 days') AS w (monday)
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
			    WHERE te.participant_id = h.id AND te.occurred_on BETWEEN :from AND :today
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
		Map<Long, TenancyRisk> risks = new HashMap<>();
		query("p.id IN (:ids)", new MapSqlParameterSource("ids", participantIds), today)
			.forEach((id, assessed) -> risks.put(id, assessed.risk()));
		return risks;
	}

	/** The early warning of everyone in these teams who lives in their home. */
	Map<Long, Assessed> ofTeams(Collection<Long> teamIds, LocalDate today) {
		if (teamIds.isEmpty()) {
			return Map.of();
		}
		return query("p.team_id IN (:teams)", new MapSqlParameterSource("teams", teamIds), today);
	}

	/** A participant's early warning and their team. */
	record Assessed(long teamId, TenancyRisk risk) {
	}

	private Map<Long, Assessed> query(String filter, MapSqlParameterSource params, LocalDate today) {
		LocalDate from = windowStart(today, this.limits);
		LocalDate lastMonday = today.with(DayOfWeek.MONDAY).minusWeeks(1);
		params.addValue("from", from).addValue("today", today).addValue("lastMonday", lastMonday);
		Map<Long, TenancyRisk.Signals> signals = new HashMap<>();
		Map<Long, Long> teams = new HashMap<>();
		this.jdbc.query(SIGNALS.formatted(filter), params, (rs) -> {
			teams.put(rs.getLong("id"), rs.getLong("team_id"));
			signals.put(rs.getLong("id"), new TenancyRisk.Signals(rs.getInt("complaints"), rs.getInt("arrears"),
					rs.getInt("damage"), rs.getInt("warnings"), rs.getInt("concerns"), rs.getInt("missed"), false));
		});
		Set<Long> deteriorated = this.fit.orsDeteriorated(signals.keySet(), from);
		Map<Long, Assessed> risks = new HashMap<>();
		signals
			.forEach(
					(id, s) -> risks.put(id,
							new Assessed(teams.get(id), TenancyRisk.of(
									new TenancyRisk.Signals(s.complaints(), s.arrears(), s.damage(), s.warnings(),
											s.homeConcernVisits(), s.missedWeeks(), deteriorated.contains(id)),
									this.limits))));
		return risks;
	}

	/** The first day of the window: today counts as one of its days. */
	static LocalDate windowStart(LocalDate today, TenancyEventProperties limits) {
		return today.minusDays(limits.riskWindowDays() - 1L);
	}

}
