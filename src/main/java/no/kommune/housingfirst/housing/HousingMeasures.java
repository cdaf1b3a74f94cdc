package no.kommune.housingfirst.housing;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way into a home as a section leader measures it (DOMAIN.md §6): days to housing,
 * housing stability after the first move-in, allocation meetings on time, re-housings.
 * Counts only, aggregated in the database, for the teams the user may see: nothing here
 * is a read of a participant's record.
 */
@Service
@Transactional(readOnly = true)
public class HousingMeasures {

	/** The benchmark of Housing First: housed within six weeks. */
	public static final int BENCHMARK_DAYS = 42;

	/** The national goal: housed within three months. */
	public static final int GOAL_DAYS = 90;

	/**
	 * The teams asked, and one primary caseworker's participants when one is chosen; a
	 * restricted participant for its section leader only.
	 */
	private static String mine(Long caseworkerId) {
		return " p.team_id IN (:teams)" + ParticipantAccess.caseworkerIs("p.primary_caseworker_id", caseworkerId)
				+ "AND " + ParticipantAccess.unrestricted("p") + " ";
	}

	/**
	 * The points after the first move-in at which stability is measured: the columns
	 * {@code after_12}, {@code after_24} and {@code after_36} of
	 * {@code housing_first_home} (V038).
	 */
	public static final List<Integer> STABILITY_MONTHS = List.of(12, 24, 36);

	/**
	 * Participants whose first move-in fell in a quarter (or the whole period, quarter
	 * null): how many, the median days from inclusion, and how many within 42 and 90
	 * days.
	 */
	public record DaysToHousing(LocalDate quarter, int housed, Double medianDays, int within42, int within90) {
	}

	/**
	 * Among those whose first move-in is at least this many months ago, how many were in
	 * a home (any unit) that many months after it.
	 */
	public record Stability(int months, int eligible, int housed) {
	}

	/**
	 * Allocations made in the period whose meeting was held or is overdue (one released
	 * before its meeting, or not yet due, is neither on time nor late), how many had
	 * their meeting within three working days, and meetings overdue now (any period).
	 */
	public record Meetings(int allocated, int heldOnTime, int overdueNow) {
	}

	/** All of it, for the period and teams asked. */
	public record Figures(List<DaysToHousing> daysByQuarter, DaysToHousing daysInPeriod, List<Stability> stability,
			Meetings meetings, int rehousings) {
	}

	/**
	 * For the fidelity self-assessment: the offer sets made in a period and how many of
	 * them let the participant choose between two or more units; the current homes and
	 * how many are in a building where Housing First tenants hold at most 20 % of the
	 * homes (the scattered-site rule), and how many are in a building whose size is not
	 * registered.
	 */
	public record ChoiceAndScatter(int offerSets, int offerSetsWithChoice, int homes, int homesScattered,
			int homesUnknownBuilding) {
	}

	/**
	 * {@link ChoiceAndScatter} for the teams asked that the user may see: offer sets made
	 * from {@code from} to {@code to}, homes as of {@code to}. Counts only.
	 */
	public ChoiceAndScatter choiceAndScatter(CurrentUser user, Set<Long> teamsAsked, LocalDate from, LocalDate to) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return new ChoiceAndScatter(0, 0, 0, 0, 0);
		}
		MapSqlParameterSource params = ParticipantAccess
			.restrictionParams(new MapSqlParameterSource("teams", teams).addValue("from", Date.valueOf(from))
				.addValue("to", Date.valueOf(to)), user);
		return this.jdbc.queryForObject(
				"""
						WITH sets AS (
						  SELECT o.id, (SELECT count(*) FROM housing_offer_unit ou WHERE ou.offer_id = o.id) AS units
						  FROM housing_offer o JOIN participant p ON p.id = o.participant_id
						  WHERE p.team_id IN (:teams) AND o.made_on BETWEEN :from AND :to AND """
						+ ParticipantAccess.unrestricted("p") + """
								),
								housed AS (
								  SELECT t.participant_id, t.unit_id, t.starts_on, t.ended_on FROM tenancy t
								  WHERE t.starts_on <= :to AND (t.ended_on IS NULL OR t.ended_on > :to)),
								homes AS (
								  SELECT u.building_key, u.building_units FROM housed h
								  JOIN participant p ON p.id = h.participant_id JOIN housing_unit u ON u.id = h.unit_id
								  WHERE p.team_id IN (:teams) AND """ + ParticipantAccess.unrestricted("p")
						+ """
								),
								buildings AS (
								  SELECT u.building_key, count(*) AS tenants FROM housed h JOIN housing_unit u ON u.id = h.unit_id
								  GROUP BY u.building_key)
								SELECT (SELECT count(*) FROM sets) AS sets,
								       (SELECT count(*) FROM sets WHERE units >= 2) AS with_choice,
								       (SELECT count(*) FROM homes) AS homes,
								       (SELECT count(*) FROM homes h JOIN buildings b ON b.building_key = h.building_key
								        WHERE h.building_units IS NOT NULL AND b.tenants * 5 <= h.building_units) AS scattered,
								       (SELECT count(*) FROM homes WHERE building_units IS NULL) AS unknown""",
				params, (rs, n) -> new ChoiceAndScatter(rs.getInt("sets"), rs.getInt("with_choice"), rs.getInt("homes"),
						rs.getInt("scattered"), rs.getInt("unknown")));
	}

	/** The housing figures a section leader can open as a list of participants. */
	public enum Measure {

		/** First moved in during the period (and within 42 or 90 days of inclusion). */
		HOUSED, HOUSED_WITHIN_42, HOUSED_WITHIN_90,
		/**
		 * Eligible for housing stability after the months asked; the flag says whether
		 * they were in a home then.
		 */
		STABILITY,
		/**
		 * An allocation made in the period whose meeting was held or is overdue; the flag
		 * says whether each such meeting was held within its three working days.
		 */
		MEETING_HELD,
		/** An allocation meeting overdue now. */
		MEETING_OVERDUE,
		/** A tenancy ended in the period and the search for a new home began. */
		REHOUSED

	}

	/**
	 * One participant behind a figure; {@code flag} is whether they were still in a home
	 * (for {@link Measure#STABILITY}) or had every meeting on time
	 * ({@link Measure#MEETING_HELD}), otherwise null.
	 */
	public record Member(long participantId, Boolean flag) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	HousingMeasures(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The participants behind one of {@link #figures}' numbers, by the same conditions,
	 * for the same teams, caseworker and period; {@code months} for stability.
	 */
	public List<Member> members(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId, LocalDate from, LocalDate to,
			Measure measure, int months) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = ParticipantAccess.restrictionParams(
				new MapSqlParameterSource("teams", teams).addValue("caseworker", caseworkerId, Types.BIGINT)
					.addValue("from", Date.valueOf(from))
					.addValue("to", Date.valueOf(to))
					.addValue("today", Date.valueOf(LocalDate.now(this.clock)))
					.addValue("months", months)
					.addValue("since", Date.valueOf(movedInBy(LocalDate.now(this.clock), months))),
				user);
		String first = """
				WITH first AS (
				  SELECT p.id, p.included_on, h.moved_in, h.after_12, h.after_24, h.after_36
				  FROM housing_first_home h JOIN participant p ON p.id = h.participant_id
				  WHERE""" + mine(caseworkerId) + ")";
		String sql = switch (measure) {
			case HOUSED -> first + " SELECT id, NULL AS flag FROM first WHERE moved_in BETWEEN :from AND :to";
			case HOUSED_WITHIN_42 -> first + " SELECT id, NULL AS flag FROM first WHERE moved_in BETWEEN :from AND :to"
					+ " AND moved_in - included_on <= 42";
			case HOUSED_WITHIN_90 -> first + " SELECT id, NULL AS flag FROM first WHERE moved_in BETWEEN :from AND :to"
					+ " AND moved_in - included_on <= 90";
			case STABILITY -> first + """
					SELECT id, standing = 'HOUSED' AS flag
					FROM (SELECT id, moved_in, CASE CAST(:months AS INTEGER) WHEN 12 THEN after_12
					             WHEN 24 THEN after_24 WHEN 36 THEN after_36 END AS standing FROM first) f
					WHERE moved_in <= :since AND standing <> 'DECEASED'""";
			case MEETING_HELD -> """
					SELECT p.id, bool_and(coalesce(a.meeting_held_on <= a.meeting_due, false)) AS flag
					FROM allocation a JOIN participant p ON p.id = a.participant_id
					WHERE""" + mine(caseworkerId) + """
					 AND a.allocated_on BETWEEN :from AND :to
					AND (a.meeting_held_on IS NOT NULL OR (a.released_on IS NULL AND a.meeting_due < :today))
					GROUP BY p.id""";
			case MEETING_OVERDUE -> """
					SELECT DISTINCT p.id, NULL AS flag FROM allocation a JOIN participant p ON p.id = a.participant_id
					WHERE""" + mine(caseworkerId) + """
					 AND a.meeting_held_on IS NULL AND a.released_on IS NULL
					AND a.meeting_due < :today AND p.status <> 'EXITED'
					AND NOT EXISTS (SELECT 1 FROM tenancy e WHERE e.allocation_id = a.id AND e.ended_on IS NOT NULL)""";
			case REHOUSED -> """
					SELECT DISTINCT p.id, NULL AS flag FROM tenancy t JOIN participant p ON p.id = t.participant_id
					WHERE""" + mine(caseworkerId) + " AND t.rehousing AND t.ended_on BETWEEN :from AND :to";
		};
		return this.jdbc.query(sql, params, (rs, n) -> new Member(rs.getLong("id"), (Boolean) rs.getObject("flag")));
	}

	/**
	 * The figures for the teams asked that the user may see, optionally one primary
	 * caseworker's participants, for the period {@code from}–{@code to} (inclusive).
	 */
	public Figures figures(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId, LocalDate from, LocalDate to) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return new Figures(List.of(), new DaysToHousing(null, 0, null, 0, 0),
					STABILITY_MONTHS.stream().map((m) -> new Stability(m, 0, 0)).toList(), new Meetings(0, 0, 0), 0);
		}
		LocalDate today = LocalDate.now(this.clock);
		MapSqlParameterSource params = ParticipantAccess.restrictionParams(
				new MapSqlParameterSource("teams", teams).addValue("caseworker", caseworkerId, Types.BIGINT)
					.addValue("from", Date.valueOf(from))
					.addValue("to", Date.valueOf(to))
					.addValue("today", Date.valueOf(today)),
				user);
		for (int months : STABILITY_MONTHS) {
			params.addValue("since" + months, Date.valueOf(movedInBy(today, months)));
		}
		String mine = mine(caseworkerId);
		List<DaysToHousing> days = this.jdbc.query(
				"""
						WITH first AS (
						  SELECT p.id, p.included_on, h.moved_in
						  FROM housing_first_home h JOIN participant p ON p.id = h.participant_id
						  WHERE h.moved_in BETWEEN :from AND :to AND""" + mine
						+ """
								)
								SELECT CAST(date_trunc('quarter', moved_in) AS DATE) AS quarter, GROUPING(date_trunc('quarter', moved_in)) AS whole,
								       count(*) AS housed,
								       percentile_cont(0.5) WITHIN GROUP (ORDER BY moved_in - included_on) AS median,
								       count(*) FILTER (WHERE moved_in - included_on <= 42) AS within42,
								       count(*) FILTER (WHERE moved_in - included_on <= 90) AS within90
								FROM first WHERE moved_in BETWEEN :from AND :to
								GROUP BY GROUPING SETS ((date_trunc('quarter', moved_in)), ())
								ORDER BY whole, quarter""",
				params,
				(rs, n) -> new DaysToHousing((rs.getInt("whole") == 1) ? null : rs.getDate("quarter").toLocalDate(),
						rs.getInt("housed"), (Double) rs.getObject("median"), rs.getInt("within42"),
						rs.getInt("within90")));
		DaysToHousing whole = days.stream()
			.filter((d) -> d.quarter() == null)
			.findFirst()
			.orElse(new DaysToHousing(null, 0, null, 0, 0));
		List<DaysToHousing> quarters = days.stream().filter((d) -> d.quarter() != null).toList();
		// The three horizons in one pass over the maintained first homes (V038), which
		// carry the participant's team (V045): the participant is needed only for a
		// chosen caseworker.
		String homes = (caseworkerId == null)
				? "FROM housing_first_home h WHERE h.moved_in <= :since12 AND h.team_id IN (:teams) AND "
						+ ParticipantAccess.unrestricted("h")
				: "FROM housing_first_home h JOIN participant p ON p.id = h.participant_id WHERE h.moved_in <= :since12 AND"
						+ mine;
		Map<Integer, Stability> byMonths = new HashMap<>();
		this.jdbc.query("""
				SELECT count(*) FILTER (WHERE h.moved_in <= :since12 AND h.after_12 <> 'DECEASED') AS e12,
				       count(*) FILTER (WHERE h.moved_in <= :since12 AND h.after_12 = 'HOUSED') AS h12,
				       count(*) FILTER (WHERE h.moved_in <= :since24 AND h.after_24 <> 'DECEASED') AS e24,
				       count(*) FILTER (WHERE h.moved_in <= :since24 AND h.after_24 = 'HOUSED') AS h24,
				       count(*) FILTER (WHERE h.moved_in <= :since36 AND h.after_36 <> 'DECEASED') AS e36,
				       count(*) FILTER (WHERE h.moved_in <= :since36 AND h.after_36 = 'HOUSED') AS h36
				""" + homes, params, (rs) -> {
			for (int months : STABILITY_MONTHS) {
				byMonths.put(months, new Stability(months, rs.getInt("e" + months), rs.getInt("h" + months)));
			}
		});
		List<Stability> stability = STABILITY_MONTHS.stream()
			.map((months) -> byMonths.getOrDefault(months, new Stability(months, 0, 0)))
			.toList();
		Meetings meetings = this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE a.allocated_on BETWEEN :from AND :to
				                          AND (a.meeting_held_on IS NOT NULL
				                               OR (a.released_on IS NULL AND a.meeting_due < :today))) AS allocated,
				       count(*) FILTER (WHERE a.allocated_on BETWEEN :from AND :to
				                          AND a.meeting_held_on <= a.meeting_due) AS on_time,
				       count(*) FILTER (WHERE a.meeting_held_on IS NULL AND a.released_on IS NULL
				                          AND a.meeting_due < :today AND p.status <> 'EXITED'
				                          AND NOT EXISTS (SELECT 1 FROM tenancy e
				                                          WHERE e.allocation_id = a.id AND e.ended_on IS NOT NULL))
				           AS overdue
				FROM allocation a JOIN participant p ON p.id = a.participant_id
				WHERE (a.allocated_on BETWEEN :from AND :to OR (a.meeting_held_on IS NULL AND a.meeting_due < :today))
				  AND""" + mine, params,
				(rs, n) -> new Meetings(rs.getInt("allocated"), rs.getInt("on_time"), rs.getInt("overdue")));
		Integer rehousings = this.jdbc.queryForObject("""
				SELECT count(*) FROM tenancy t JOIN participant p ON p.id = t.participant_id
				WHERE""" + mine + " AND t.rehousing AND t.ended_on BETWEEN :from AND :to", params, Integer.class);
		return new Figures(quarters, whole, stability, meetings, (rehousings != null) ? rehousings : 0);
	}

	/**
	 * The latest first move-in that is {@code months} old today: a move-in on or before
	 * it has {@code moved_in + months <= today} (a month added to the 31st lands on the
	 * month's last day, as in PostgreSQL and {@link LocalDate#plusMonths}), so a date
	 * comparison the index can use replaces date arithmetic on every row.
	 */
	static LocalDate movedInBy(LocalDate today, int months) {
		LocalDate back = today.minusMonths(months);
		return (today.getDayOfMonth() == today.lengthOfMonth()) ? back.withDayOfMonth(back.lengthOfMonth()) : back;
	}

}
