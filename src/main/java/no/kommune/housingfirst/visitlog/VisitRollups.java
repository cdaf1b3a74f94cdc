package no.kommune.housingfirst.visitlog;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the visit aggregates (V024) in step with the visits: per participant, ISO week
 * and caseworker who logged them, the visits, those with contact and the minutes
 * ({@code visit_week}); per participant the latest visit with contact and the weeks with
 * contact before it ({@code visit_last_contact}). Voided visits count nowhere.
 * <p>
 * It listens to the visit log's own events, in the saving transaction (ADR 0007): the
 * visit, its roll-ups and its audit row commit together or not at all. Each event makes
 * it recompute the weeks it touches from the raw rows of that one participant (a few
 * index reads), not add or subtract deltas, so a roll-up can never drift from the visits.
 * A transaction-scoped advisory lock per participant orders two saves for the same
 * participant: the second recomputes after the first has committed and sees its visit.
 * <p>
 * Exits, re-openings, moves to another team and agreed cadences change nothing here: the
 * roll-ups hold visits only, and the pages read who is in follow-up, in which team and on
 * which cadence from the participant and the bo-plan as before.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class VisitRollups {

	/** First key of the per-participant advisory lock (the second is the participant). */
	static final int LOCK_SPACE = 31_031;

	/** The Monday of a visit's ISO week, by date arithmetic (no time zones involved). */
	static final String MONDAY = "visit_date - (extract(isodow FROM visit_date)::int - 1)";

	private static final String REFRESH_WEEKS = """
			WITH fresh AS (
			    SELECT participant_id, %1$s AS week_monday, created_by AS caseworker_id, count(*) AS visits,
			           count(*) FILTER (WHERE contact) AS contacts, coalesce(sum(duration_minutes), 0) AS minutes
			    FROM visit
			    WHERE participant_id = :participant AND voided_at IS NULL
			      AND visit_date BETWEEN :first AND :last AND %1$s IN (:mondays)
			    GROUP BY participant_id, week_monday, created_by),
			gone AS (
			    DELETE FROM visit_week w
			    WHERE w.participant_id = :participant AND w.week_monday IN (:mondays)
			      AND NOT EXISTS (SELECT 1 FROM fresh f
			                      WHERE f.week_monday = w.week_monday AND f.caseworker_id = w.caseworker_id))
			INSERT INTO visit_week (participant_id, week_monday, caseworker_id, visits, contacts, minutes)
			SELECT participant_id, week_monday, caseworker_id, visits, contacts, minutes FROM fresh
			ON CONFLICT (participant_id, week_monday, caseworker_id) DO UPDATE
			SET visits = EXCLUDED.visits, contacts = EXCLUDED.contacts, minutes = EXCLUDED.minutes""".formatted(MONDAY);

	/**
	 * The latest contact and the weeks with contact counted back from its week (V043),
	 * from the participant's visits and the weeks just refreshed.
	 */
	private static final String REFRESH_LAST_CONTACT = """
			WITH latest AS (
			    SELECT max(visit_date) AS last_contact FROM visit
			    WHERE participant_id = :participant AND contact AND voided_at IS NULL),
			gone AS (
			    DELETE FROM visit_last_contact
			    WHERE participant_id = :participant AND (SELECT last_contact FROM latest) IS NULL)
			INSERT INTO visit_last_contact (participant_id, last_contact, contact_weeks)
			SELECT :participant, l.last_contact,
			       (SELECT bit_or(CAST(1 AS BIGINT) << ((a.monday - w.week_monday) / 7))
			        FROM (SELECT l.last_contact - (extract(isodow FROM l.last_contact)::int - 1) AS monday) a
			        JOIN visit_week w ON w.participant_id = :participant
			        WHERE w.contacts > 0 AND w.week_monday BETWEEN a.monday - 63 * 7 AND a.monday)
			FROM latest l WHERE l.last_contact IS NOT NULL
			ON CONFLICT (participant_id) DO UPDATE
			SET last_contact = EXCLUDED.last_contact, contact_weeks = EXCLUDED.contact_weeks""";

	private final NamedParameterJdbcTemplate jdbc;

	VisitRollups(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	public void on(VisitLogged event) {
		refresh(event.participantId(), List.of(event.date()), event.contact());
	}

	@EventListener
	public void on(VisitCorrected event) {
		refresh(event.participantId(), List.of(event.dateBefore(), event.date()),
				event.contactBefore() || event.contact());
	}

	@EventListener
	public void on(VisitVoided event) {
		refresh(event.participantId(), List.of(event.date()), event.contact());
	}

	/**
	 * Recomputes the weeks of these dates for one participant from the raw rows, and the
	 * latest contact when a visit with contact was involved. The visit's own change must
	 * already be written (the publisher flushes before it publishes).
	 */
	void refresh(long participantId, Collection<LocalDate> dates, boolean contactInvolved) {
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(:space, :key)",
				new MapSqlParameterSource("space", LOCK_SPACE).addValue("key", Long.hashCode(participantId)));
		TreeSet<LocalDate> mondays = new TreeSet<>();
		dates.forEach((date) -> mondays.add(IsoWeek.of(date).monday()));
		this.jdbc.update(REFRESH_WEEKS,
				new MapSqlParameterSource("participant", participantId)
					.addValue("mondays", mondays.stream().map(Date::valueOf).toList())
					.addValue("first", Date.valueOf(mondays.first()))
					.addValue("last", Date.valueOf(mondays.last().plusDays(6))));
		if (contactInvolved) {
			this.jdbc.update(REFRESH_LAST_CONTACT, new MapSqlParameterSource("participant", participantId));
		}
	}

}
