package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.participant.NoticeQuery;

import no.kommune.housingfirst.shared.db.RecordRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each participant's series stands, worked out in SQL for many participants at
 * once: one statement for any number of them (Min uke, the participant page, the section
 * leader's counts). Totals are the generated columns, so nothing is summed twice.
 */
@Component
class FitQueries {

	/**
	 * First and latest ORS total, latest and previous SRS total, latest session; for the
	 * participants the filter picks, with when their follow-up began and whether it goes
	 * on. Read from the standing kept per participant ({@code fit_standing}, V042), one
	 * index read each, so the cost follows the participants asked for, not their sessions
	 * (issue 13).
	 */
	private static final String STANDINGS = """
			SELECT p.id, p.team_id, p.active_since, p.status <> 'EXITED' AS active,
			       f.first_ors, f.latest_ors, f.latest_srs, f.previous_srs, f.last_session
			FROM participant p LEFT JOIN fit_standing f ON f.participant_id = p.id
			WHERE %1$s""";

	private final NamedParameterJdbcTemplate jdbc;

	FitQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Each participant's standing by id; one statement. */
	Map<Long, FitStanding> standings(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return new HashMap<>();
		}
		NoticeQuery<StandingRow> query = standingsQuery(participantIds);
		return standings(this.jdbc.query(query.sql(), new MapSqlParameterSource(query.params()),
				RecordRows.of(StandingRow.class)));
	}

	/** The same, as a query a page runs with its other notices in one statement. */
	static NoticeQuery<StandingRow> standingsQuery(Collection<Long> participantIds) {
		return new NoticeQuery<>(STANDINGS.formatted("p.id IN (:ids)"), Map.of("ids", participantIds),
				StandingRow.class);
	}

	/** The rows of {@link #standingsQuery} by participant. */
	static Map<Long, FitStanding> standings(List<StandingRow> rows) {
		Map<Long, FitStanding> found = new HashMap<>();
		rows.forEach((row) -> found.put(row.id(), row.standing()));
		return found;
	}

	/** One participant's series, as {@link #STANDINGS} selects it. */
	record StandingRow(long id, long teamId, LocalDate activeSince, boolean active, BigDecimal firstOrs,
			BigDecimal latestOrs, BigDecimal latestSrs, BigDecimal previousSrs, LocalDate lastSession) {

		FitStanding standing() {
			return new FitStanding(scaled(this.firstOrs), scaled(this.latestOrs), scaled(this.latestSrs),
					scaled(this.previousSrs), this.lastSession, this.activeSince, this.active);
		}

		private static BigDecimal scaled(BigDecimal value) {
			return (value != null) ? value.setScale(1) : null;
		}

	}

	/**
	 * Per team, among the active participants: how many have each alert, and how many had
	 * a session within the days set; one statement, thresholds as in {@link FitAlert#of}.
	 */
	List<FitTeamCounts> teamCounts(Collection<Long> teamIds, LocalDate today, FitProperties limits) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		String sql = "WITH st AS (" + STANDINGS.formatted("p.team_id IN (:teams) AND p.status <> 'EXITED'") + """
				)
				SELECT team_id, count(*) AS active,
				       count(*) FILTER (WHERE latest_srs < :alliance) AS srs_below,
				       count(*) FILTER (WHERE previous_srs - latest_srs >= :drop) AS srs_drop,
				       count(*) FILTER (WHERE first_ors - latest_ors >= :change) AS ors_worse,
				       count(*) FILTER (WHERE latest_ors - first_ors >= :change) AS ors_better,
				       count(*) FILTER (WHERE active_since <= :since
				                        AND (last_session IS NULL OR last_session <= :since)) AS no_recent,
				       count(*) FILTER (WHERE last_session > :since) AS recent
				FROM st WHERE active
				GROUP BY team_id ORDER BY team_id""";
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teamIds)
			.addValue("alliance", limits.alliance())
			.addValue("drop", limits.srsDrop())
			.addValue("change", limits.reliableChange())
			.addValue("since", Date.valueOf(today.minusDays(limits.daysWithoutFit())));
		return this.jdbc.query(sql, params,
				(rs, n) -> new FitTeamCounts(rs.getLong("team_id"), rs.getLong("active"), rs.getLong("srs_below"),
						rs.getLong("srs_drop"), rs.getLong("ors_worse"), rs.getLong("ors_better"),
						rs.getLong("no_recent"), rs.getLong("recent")));
	}

	/**
	 * The active participants of these teams behind one of {@link #teamCounts}'s counts,
	 * by the same conditions.
	 */
	Set<Long> teamMembers(Collection<Long> teamIds, LocalDate today, FitProperties limits, FitMeasure measure) {
		if (teamIds.isEmpty()) {
			return Set.of();
		}
		String condition = switch (measure) {
			case RELIABLE_IMPROVEMENT -> "latest_ors - first_ors >= :change";
			case SRS_BELOW_ALLIANCE -> "latest_srs < :alliance";
			case SRS_DROP -> "previous_srs - latest_srs >= :drop";
			case RECENT_FIT -> "last_session > :since";
		};
		String sql = "WITH st AS (" + STANDINGS.formatted("p.team_id IN (:teams) AND p.status <> 'EXITED'")
				+ ") SELECT id FROM st WHERE active AND " + condition;
		MapSqlParameterSource params = new MapSqlParameterSource("teams", teamIds)
			.addValue("alliance", limits.alliance())
			.addValue("drop", limits.srsDrop())
			.addValue("change", limits.reliableChange())
			.addValue("since", Date.valueOf(today.minusDays(limits.daysWithoutFit())));
		return new HashSet<>(this.jdbc.queryForList(sql, params, Long.class));
	}

}
