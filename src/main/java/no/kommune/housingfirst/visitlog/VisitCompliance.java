package no.kommune.housingfirst.visitlog;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit compliance for a section leader: per team and caseworker, the share of active
 * participants visited with contact in each of the last complete ISO weeks, and who has
 * gone two or more weeks in a row without contact. The database aggregates visits to
 * participant-weeks; {@link FollowUpWeeks} does the counting. A voided visit counts for
 * nothing. A stepped-down cadence agreed with the participant is respected: the off week
 * of a fortnightly cadence is not a missed week.
 */
@Service
@Transactional
public class VisitCompliance {

	public static final int WEEKS = 12;

	/** The longest agreed cadence: monthly, every fourth week. */
	static final int MAX_CADENCE_WEEKS = 4;

	/** One line of the table: a team (caseworkerId null) or a caseworker in it. */
	public record Line(long teamId, String teamName, Long caseworkerId, String caseworkerName,
			List<FollowUpWeeks.Cell> cells) {
	}

	/**
	 * A participant without a visit with contact for two or more completed weeks in a row
	 * (on a stepped-down cadence: weeks past the agreed interval).
	 */
	public record Missed(long participantId, String fullName, String teamName, String caseworkerName, long weeks,
			LocalDate lastContact, int cadenceWeeks) {
	}

	/** The whole report. */
	public record Report(List<IsoWeek> weeks, List<Line> lines, List<Missed> missed) {

		/** The teams' lines only, for an overview of many teams. */
		public List<Line> teamLines() {
			return this.lines.stream().filter((line) -> line.caseworkerId() == null).toList();
		}

	}

	/** A restricted participant counts for the section leader of its section only. */
	private static final String UNRESTRICTED = ParticipantAccess.unrestricted("p");

	private final ParticipantDirectory participants;

	private final NamedParameterJdbcTemplate jdbc;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final Clock clock;

	private final ObjectProvider<VisitCadences> cadences;

	VisitCompliance(ParticipantDirectory participants, NamedParameterJdbcTemplate jdbc, Organisation organisation,
			StaffDirectory staff, Clock clock, ObjectProvider<VisitCadences> cadences) {
		this.cadences = cadences;
		this.participants = participants;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.staff = staff;
		this.clock = clock;
	}

	public Report report(CurrentUser user) {
		return report(user, ParticipantAccess.visibleTeams(user), null);
	}

	/**
	 * Visit minutes logged by one caseworker in one ISO week, on visits (with or without
	 * contact, never voided) to participants of the teams asked for.
	 */
	public record CaseworkerMinutes(long caseworkerId, IsoWeek week, long minutes) {
	}

	/**
	 * The visit minutes per caseworker and week for the last {@link #WEEKS} complete ISO
	 * weeks, among the teams asked for that the user may see; optionally one caseworker.
	 * Aggregated in the database.
	 */
	public List<CaseworkerMinutes> minutesPerCaseworker(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return List.of();
		}
		List<IsoWeek> weeks = lastCompleteWeeks();
		MapSqlParameterSource params = ParticipantAccess.restrictionParams(
				new MapSqlParameterSource("teams", teams).addValue("from", Date.valueOf(weeks.get(0).monday()))
					.addValue("to", Date.valueOf(weeks.get(weeks.size() - 1).sunday()))
					.addValue("caseworker", caseworkerId, java.sql.Types.BIGINT),
				user);
		// From the per-team roll-up (V040): a few rows per caseworker and week, not the
		// weeks of every participant of the teams.
		return this.jdbc.query(
				"""
						SELECT t.caseworker_id, t.week_monday, sum(t.minutes) AS minutes
						FROM visit_team_week t
						WHERE t.team_id IN (:teams) AND t.week_monday BETWEEN :from AND :to AND t.visits > 0
						  AND """ + ParticipantAccess.unrestricted("t")
						+ ParticipantAccess.caseworkerIs("t.caseworker_id", caseworkerId) + """
								GROUP BY t.caseworker_id, t.week_monday ORDER BY t.caseworker_id, t.week_monday""",
				params, (rs, n) -> new CaseworkerMinutes(rs.getLong("caseworker_id"),
						IsoWeek.of(rs.getDate("week_monday").toLocalDate()), rs.getLong("minutes")));
	}

	/**
	 * Visits with contact (never voided) in the period to participants of the teams asked
	 * that the user may see, counted in the database.
	 */
	public long contactsInPeriod(CurrentUser user, Set<Long> teamsAsked, LocalDate from, LocalDate to) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return 0;
		}
		Long contacts = this.jdbc.queryForObject("""
				SELECT count(*) FROM visit v JOIN participant p ON p.id = v.participant_id
				WHERE p.team_id IN (:teams) AND v.contact AND v.voided_at IS NULL
				  AND v.visit_date BETWEEN :from AND :to AND """ + UNRESTRICTED,
				ParticipantAccess
					.restrictionParams(new MapSqlParameterSource("teams", teams).addValue("from", Date.valueOf(from))
						.addValue("to", Date.valueOf(to)), user),
				Long.class);
		return (contacts != null) ? contacts : 0;
	}

	private static List<FollowUpWeeks.Cell> addCells(List<FollowUpWeeks.Cell> a, List<FollowUpWeeks.Cell> b) {
		List<FollowUpWeeks.Cell> sum = new ArrayList<>(a.size());
		for (int i = 0; i < a.size(); i++) {
			sum.add(a.get(i).plus(b.get(i)));
		}
		return sum;
	}

	/** The last {@link #WEEKS} complete ISO weeks, oldest first. */
	public List<IsoWeek> lastCompleteWeeks() {
		IsoWeek current = IsoWeek.of(LocalDate.now(this.clock));
		List<IsoWeek> weeks = new ArrayList<>();
		for (int i = WEEKS; i >= 1; i--) {
			weeks.add(current.plus(-i));
		}
		return weeks;
	}

	/**
	 * As {@link #report(CurrentUser)}, for the teams asked for that the user may see, and
	 * optionally only the participants whose primary caseworker is the one given.
	 */
	public Report report(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId) {
		LocalDate today = LocalDate.now(this.clock);
		IsoWeek current = IsoWeek.of(today);
		List<IsoWeek> weeks = new ArrayList<>();
		for (int i = WEEKS; i >= 1; i--) {
			weeks.add(current.plus(-i));
		}
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		List<ActiveParticipant> active = teams.isEmpty() ? List.of()
				: this.participants.activeBetween(user, teams, caseworkerId, weeks.get(0).monday(), today);
		Map<Long, LocalDate> lastContact = new HashMap<>();
		VisitCadences agreed = this.cadences.getIfAvailable();
		Map<Long, List<CadencePeriod>> cadence = (agreed == null || active.isEmpty()) ? Map.of()
				: agreed.forTeams(teams);
		// Each participant's weeks with contact as bits counted from the first Monday
		// asked for (bit i: i weeks later): one small number per row instead of an
		// array of dates to parse.
		IsoWeek firstWeek = weeks.get(0).plus(-(MAX_CADENCE_WEEKS - 1));
		int span = (int) firstWeek.weeksUntil(current);
		Map<Long, Long> bits = new HashMap<>();
		if (!active.isEmpty()) {
			// The participants already found, as one array parameter (a section may hold
			// more participants than one statement can take as separate parameters), each
			// read by key from its kept row (V043): the latest contact and the weeks with
			// contact before it. The cost grows neither with the years of history nor
			// with
			// those who left long ago, and the participants are not filtered a second
			// time
			// (a hash of every kept row in the country: 6 of 10 ms at size L).
			String ids = active.stream().map((p) -> String.valueOf(p.id())).collect(Collectors.joining(","));
			this.jdbc.query("""
					SELECT participant_id AS id, last_contact, contact_weeks FROM visit_last_contact
					WHERE participant_id = ANY(CAST(string_to_array(:ids, ',') AS BIGINT[]))""",
					new MapSqlParameterSource("ids", ids), (rs) -> {
						long id = rs.getLong("id");
						LocalDate last = rs.getObject("last_contact", LocalDate.class);
						lastContact.put(id, last);
						long weeksWithContact = ContactWeeks.from(firstWeek, span, IsoWeek.of(last),
								rs.getLong("contact_weeks"));
						if (weeksWithContact != 0) {
							bits.put(id, weeksWithContact);
						}
					});
		}
		Map<Long, String> teamNames = this.organisation
			.teamNames(active.stream().map(ActiveParticipant::teamId).collect(Collectors.toSet()));
		Map<Long, String> names = this.staff
			.namesOf(active.stream().map(ActiveParticipant::primaryCaseworkerId).collect(Collectors.toSet()));
		List<Line> lines = new ArrayList<>();
		// Counted once per caseworker; a team's cells are its caseworkers' cells added up
		// (every participant has one team and one primary caseworker).
		Map<Long, List<FollowUpWeeks.Cell>> perTeam = new LinkedHashMap<>();
		FollowUpWeeks
			.compliance(active, new FollowUpWeeks.ContactBits(firstWeek, bits), weeks,
					(p) -> List.of(p.teamId(), p.primaryCaseworkerId()), cadence)
			.forEach((key, cells) -> {
				lines.add(new Line(key.get(0), teamNames.get(key.get(0)), key.get(1), names.get(key.get(1)), cells));
				perTeam.merge(key.get(0), cells, VisitCompliance::addCells);
			});
		perTeam.forEach((team, cells) -> lines.add(new Line(team, teamNames.get(team), null, null, cells)));
		lines.sort(Comparator.comparing(Line::teamName)
			.thenComparing((line) -> line.caseworkerName() == null ? "" : line.caseworkerName()));
		IsoWeek lastComplete = current.plus(-1);
		// Contact in the last complete week or since leaves no week missed on any
		// cadence: most participants need no counting.
		LocalDate recent = lastComplete.monday();
		List<Missed> missed = active.stream()
			.filter((p) -> p.exitedOn() == null)
			.filter((p) -> lastContact.getOrDefault(p.id(), LocalDate.MIN).isBefore(recent))
			.map((p) -> new Missed(p.id(), p.fullName(), teamNames.get(p.teamId()), names.get(p.primaryCaseworkerId()),
					FollowUpWeeks.weeksWithoutContact(p.activeSince(), lastContact.get(p.id()), current, today,
							cadence.getOrDefault(p.id(), List.of())),
					lastContact.get(p.id()),
					CadencePeriod.weeksIn(cadence.getOrDefault(p.id(), List.of()), lastComplete)))
			.filter((m) -> m.weeks() >= 2)
			.sorted(Comparator.comparingLong(Missed::weeks).reversed().thenComparing(Missed::fullName))
			.toList();
		return new Report(weeks, lines, missed);
	}

}
