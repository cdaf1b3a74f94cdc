package no.kommune.housingfirst.visitlog;

import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the visit roll-ups ({@link VisitRollups}) from the raw visit rows, for the
 * operator ({@code --housingfirst.visitlog.rebuild-rollups=true}, see the README) and
 * after rows were written around the application (an import in SQL, a restore). It first
 * counts the rows that differed, so the log shows whether anything had drifted. Saves
 * that arrive meanwhile wait for it and then recompute their own weeks.
 */
@Service
public class VisitRollupRebuild {

	/** What a rebuild found and left. */
	public record Result(long weekRows, long lastContactRows, long weekRowsDiffering, long lastContactsDiffering,
			long teamWeekRows, long teamWeekRowsDiffering) {
	}

	/** Every counted visit aggregated afresh, in the shape of {@code visit_week}. */
	static final String FRESH_WEEKS = """
			SELECT participant_id, %s AS week_monday, created_by AS caseworker_id, count(*)::int AS visits,
			       (count(*) FILTER (WHERE contact))::int AS contacts, coalesce(sum(duration_minutes), 0)::int AS minutes
			FROM visit WHERE voided_at IS NULL
			GROUP BY participant_id, week_monday, created_by"""
		.formatted(VisitRollups.MONDAY);

	/**
	 * Every participant's latest contact and the weeks with contact counted back from its
	 * week (V043), afresh.
	 */
	static final String FRESH_LAST_CONTACTS = """
			SELECT l.participant_id, l.last_contact,
			       bit_or(CAST(1 AS BIGINT) << ((l.monday - c.week_monday) / 7)) AS contact_weeks
			FROM (SELECT participant_id, max(visit_date) AS last_contact, max(%1$s) AS monday
			      FROM visit WHERE contact AND voided_at IS NULL GROUP BY participant_id) l
			JOIN (SELECT DISTINCT participant_id, %1$s AS week_monday
			      FROM visit WHERE contact AND voided_at IS NULL) c
			  ON c.participant_id = l.participant_id AND c.week_monday BETWEEN l.monday - 63 * 7 AND l.monday
			GROUP BY l.participant_id, l.last_contact""".formatted(VisitRollups.MONDAY);

	private static final String LAST_CONTACT_COLUMNS = "participant_id, last_contact, contact_weeks";

	private static final String WEEK_COLUMNS = "participant_id, week_monday, caseworker_id, visits, contacts, minutes";

	private final NamedParameterJdbcTemplate jdbc;

	VisitRollupRebuild(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Result rebuild() {
		MapSqlParameterSource none = new MapSqlParameterSource();
		// Saves wait (their roll-up statements need the tables) until this commits.
		this.jdbc.update("LOCK TABLE visit_week, visit_last_contact IN EXCLUSIVE MODE", none);
		long contactsDiffering = count("""
				SELECT count(*) FROM ((%1$s EXCEPT SELECT %2$s FROM visit_last_contact)
				                      UNION ALL (SELECT %2$s FROM visit_last_contact
				                                 EXCEPT %1$s)) d""".formatted(FRESH_LAST_CONTACTS,
				LAST_CONTACT_COLUMNS));
		// Only the rows that differ are deleted and written again: the per-team roll-up's
		// triggers (V040) then see only those, not every week of every participant. The
		// rows deleted and those written are the rows that differed.
		long deleted = this.jdbc.update("""
				DELETE FROM visit_week w WHERE NOT EXISTS (
				    SELECT 1 FROM (%s) f
				    WHERE f.participant_id = w.participant_id AND f.week_monday = w.week_monday
				      AND f.caseworker_id = w.caseworker_id AND f.visits = w.visits AND f.contacts = w.contacts
				      AND f.minutes = w.minutes)""".formatted(FRESH_WEEKS), none);
		long written = this.jdbc.update("INSERT INTO visit_week (%1$s) %2$s EXCEPT SELECT %1$s FROM visit_week"
			.formatted(WEEK_COLUMNS, FRESH_WEEKS), none);
		long weeksDiffering = deleted + written;
		long weeks = count("SELECT count(*) FROM visit_week");
		this.jdbc.update("DELETE FROM visit_last_contact", none);
		long contacts = this.jdbc
			.update("INSERT INTO visit_last_contact (" + LAST_CONTACT_COLUMNS + ") " + FRESH_LAST_CONTACTS, none);
		// The per-team roll-up (V040) follows visit_week through its triggers; it is
		// checked and recomputed all the same, in case rows were written around them.
		Map<String, Object> teamWeeks = this.jdbc.queryForMap("SELECT differed, total FROM visit_team_weeks_rebuild()",
				none);
		return new Result(weeks, contacts, weeksDiffering, contactsDiffering,
				((Number) teamWeeks.get("total")).longValue(), ((Number) teamWeeks.get("differed")).longValue());
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, new MapSqlParameterSource(), Long.class);
		return (count == null) ? 0 : count;
	}

}
