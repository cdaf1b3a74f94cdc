package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.kommune.housingfirst.boplan.AgreementKind;
import no.kommune.housingfirst.boplan.Answer;
import no.kommune.housingfirst.boplan.BoPlanService;
import no.kommune.housingfirst.boplan.Cadence;
import no.kommune.housingfirst.boplan.PlanContent;
import no.kommune.housingfirst.boplan.StepDown;
import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style, with a fixed seed: after a random series of visits logged (this week
 * and months back), corrected (date, contact, minutes), voided, participants exited,
 * re-opened and moved to the other team, and fortnightly or monthly step-downs agreed in
 * a bo-plan, the maintained roll-ups equal a fresh computation from the raw visit rows
 * (done here in Java, not with the application's SQL), and so do the compliance report
 * and Min uke that read them. Checked every 25 steps and at the end.
 */
@IntegrationTest
class VisitRollupsPropertyTest {

	static final long SEED = 20261201L;

	static final int STEPS = 300;

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	VisitService visits;

	@Autowired
	ParticipantPathway pathway;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	BoPlanService plans;

	@Autowired
	VisitCompliance compliance;

	@Autowired
	MyWeek myWeek;

	@Autowired
	VisitCadences cadences;

	@Autowired
	VisitRollupRebuild rebuild;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager entities;

	/**
	 * What the test knows of each participant, to choose only changes the rules allow.
	 */
	static final class Person {

		final long id;

		final LocalDate includedOn;

		LocalDate lastStep;

		boolean exited;

		int planVersions;

		LocalDate lastPlan;

		Person(long id, LocalDate includedOn) {
			this.id = id;
			this.includedOn = includedOn;
			this.lastStep = includedOn;
			this.lastPlan = includedOn;
		}

	}

	@Test
	void rollupsEqualAFreshComputationAfterRandomChanges() {
		Random random = new Random(SEED);
		long section = this.staff.section();
		long[] teams = { this.staff.team(section), this.staff.team(section) };
		// Two caseworkers in each team; who logs a visit varies.
		List<List<CurrentUser>> workers = List.of(
				List.of(this.staff.caseworker(teams[0]), this.staff.caseworker(teams[0])),
				List.of(this.staff.caseworker(teams[1]), this.staff.caseworker(teams[1])));
		CurrentUser leader = this.staff.sectionLeader(section);
		Map<Long, Integer> teamOf = new HashMap<>();
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int team = i % 2;
			// Some followed for more than the 64 weeks of kept contact weeks (V043).
			LocalDate included = TODAY.minusDays(120 + random.nextInt(400));
			if (i == 0) {
				included = TODAY.minusDays(600);
			}
			long id = this.participants.aParticipant()
				.named("Deltaker " + i)
				.includedOn(included)
				.by(workers.get(team).get(0));
			people.add(new Person(id, included));
			teamOf.put(id, team);
		}
		Map<String, Integer> done = new HashMap<>();
		for (int step = 1; step <= STEPS; step++) {
			Person person = people.get(random.nextInt(people.size()));
			int team = teamOf.get(person.id);
			CurrentUser worker = workers.get(team).get(random.nextInt(2));
			int roll = random.nextInt(100);
			String kind;
			if (roll < 45) {
				kind = log(random, person, worker);
			}
			else if (roll < 63) {
				kind = correct(random, person, worker);
			}
			else if (roll < 71) {
				kind = voidOne(random, person, worker);
			}
			else if (roll < 79) {
				kind = exitOrReopen(random, person, worker);
			}
			else if (roll < 87) {
				int other = 1 - team;
				int version = this.jdbc.queryForObject("SELECT version FROM participant WHERE id = ?", Integer.class,
						person.id);
				this.pathway.reassign(leader, person.id, version, teams[other], workers.get(other).get(0).id(), null,
						"Flytter til det andre teamet");
				teamOf.put(person.id, other);
				kind = "moved team";
			}
			else {
				kind = stepDown(random, person, worker);
			}
			done.merge(kind, 1, Integer::sum);
			// JPA changes (exit, re-open, team) reach the rows the queries read.
			this.entities.flush();
			if (step % 25 == 0) {
				assertRollupsEqualRaw();
				assertPagesEqualRaw(leader, teams, workers);
			}
		}
		// Every kind of change happened, many times.
		assertThat(done).containsKeys("logged", "logged long ago", "corrected", "voided", "exited", "re-opened",
				"moved team", "stepped down");
		assertThat(done.values()).allSatisfy((count) -> assertThat(count).isGreaterThanOrEqualTo(5));
		// A contact more than the 64 kept weeks before its participant's latest (V043),
		// whatever the steps did: the comparison covers weeks the bits leave out.
		Person first = people.get(0);
		this.visits.importHistory(workers.get(teamOf.get(first.id)).get(0), first.id,
				List.of(details(first.includedOn.plusDays(3), true, 30), details(TODAY, true, 30)));
		assertRollupsEqualRaw();
		Map<Long, LocalDate> latest = new HashMap<>();
		rawVisits().stream()
			.filter(RawVisit::contact)
			.forEach((v) -> latest.merge(v.participantId(), v.date(), (a, b) -> a.isAfter(b) ? a : b));
		assertThat(rawVisits()).anySatisfy((v) -> assertThat(
				v.contact() && IsoWeek.of(v.date()).weeksUntil(IsoWeek.of(latest.get(v.participantId()))) >= 64)
			.isTrue());
		// And the rebuild finds nothing to change.
		VisitRollupRebuild.Result result = this.rebuild.rebuild();
		assertThat(result.weekRowsDiffering()).isZero();
		assertThat(result.lastContactsDiffering()).isZero();
		assertThat(result.teamWeekRowsDiffering()).isZero();
		assertThat(result.weekRows()).isPositive();
		assertThat(result.teamWeekRows()).isPositive();
		assertRollupsEqualRaw();
	}

	private String log(Random random, Person person, CurrentUser worker) {
		boolean contact = random.nextInt(10) < 7;
		Integer minutes = random.nextInt(4) == 0 ? null : 15 + random.nextInt(100);
		long span = ChronoUnit.DAYS.between(person.includedOn, TODAY);
		if (person.exited || random.nextInt(5) == 0) {
			// History from before the system: any day since inclusion.
			LocalDate date = person.includedOn.plusDays(random.nextLong(span + 1));
			this.visits.importHistory(worker, person.id, List.of(details(date, contact, minutes)));
			return "logged long ago";
		}
		LocalDate date = TODAY.minusDays(random.nextInt((int) Math.min(span, 59) + 1));
		this.visits.log(worker, person.id, UUID.randomUUID(), details(date, contact, minutes));
		return "logged";
	}

	private String correct(Random random, Person person, CurrentUser worker) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT id, version, visit_date FROM visit WHERE participant_id = ? AND voided_at IS NULL ORDER BY id",
				person.id);
		if (rows.isEmpty()) {
			return log(random, person, worker);
		}
		Map<String, Object> row = rows.get(random.nextInt(rows.size()));
		LocalDate date = ((java.sql.Date) row.get("visit_date")).toLocalDate();
		if (!person.exited && random.nextBoolean()) {
			long span = Math.min(ChronoUnit.DAYS.between(person.includedOn, TODAY), 59);
			date = TODAY.minusDays(random.nextLong(span + 1));
		}
		boolean contact = random.nextBoolean();
		Integer minutes = random.nextInt(4) == 0 ? null : 10 + random.nextInt(120);
		this.visits.correct(worker, person.id, ((Number) row.get("id")).longValue(),
				((Number) row.get("version")).intValue(), details(date, contact, minutes));
		return "corrected";
	}

	private String voidOne(Random random, Person person, CurrentUser worker) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT id, version FROM visit WHERE participant_id = ? AND voided_at IS NULL ORDER BY id", person.id);
		if (rows.isEmpty()) {
			return log(random, person, worker);
		}
		Map<String, Object> row = rows.get(random.nextInt(rows.size()));
		this.visits.voidVisit(worker, person.id, ((Number) row.get("id")).longValue(),
				((Number) row.get("version")).intValue(), VoidReason.DUPLICATE, null);
		return "voided";
	}

	private String exitOrReopen(Random random, Person person, CurrentUser worker) {
		long span = ChronoUnit.DAYS.between(person.lastStep, TODAY);
		LocalDate on = person.lastStep.plusDays(random.nextLong(Math.min(span, 40) + 1));
		if (person.exited) {
			this.pathway.reopen(worker, person.id, on);
			person.exited = false;
			person.lastStep = on;
			return "re-opened";
		}
		this.pathway.exit(worker, person.id, on, ExitReason.MOVED_AWAY);
		person.exited = true;
		person.lastStep = on;
		return "exited";
	}

	private String stepDown(Random random, Person person, CurrentUser worker) {
		long span = ChronoUnit.DAYS.between(person.lastPlan, TODAY);
		LocalDate date = person.lastPlan.plusDays(random.nextLong(Math.min(span, 50) + 1));
		StepDown stepDown = switch (random.nextInt(3)) {
			case 0 -> StepDown.WEEKLY;
			case 1 -> new StepDown(Cadence.FORTNIGHTLY, date, "Stabil", null);
			default -> new StepDown(Cadence.MONTHLY, date, "Stabil", null);
		};
		int version = this.plans.revise(worker, person.id, person.planVersions, UUID.randomUUID(), new PlanContent(date,
				"Bo i fred", null, null, null, null, null, null, null, date.plusMonths(3), stepDown, List.of()));
		this.plans.answer(worker, person.id, version, UUID.randomUUID(),
				new Answer(date, random.nextInt(4) == 0 ? AgreementKind.DECLINED : AgreementKind.AGREED_ORALLY, null));
		person.planVersions = version;
		person.lastPlan = date;
		return "stepped down";
	}

	private static VisitDetails details(LocalDate date, boolean contact, Integer minutes) {
		return new VisitDetails(date, VisitKind.HOME_VISIT, contact, contact ? null : NoContactReason.NOT_HOME, null,
				minutes, null, Set.of(), Set.of(), false, null);
	}

	/** A counted visit as the raw table has it. */
	record RawVisit(long participantId, LocalDate date, long caseworkerId, boolean contact, int minutes) {
	}

	private List<RawVisit> rawVisits() {
		return this.jdbc.query(
				"SELECT participant_id, visit_date, created_by, contact, duration_minutes FROM visit"
						+ " WHERE voided_at IS NULL",
				(rs, n) -> new RawVisit(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getBoolean(4),
						rs.getInt(5)));
	}

	private void assertRollupsEqualRaw() {
		Map<List<Object>, List<Integer>> expected = new HashMap<>();
		Map<Long, LocalDate> expectedLast = new HashMap<>();
		for (RawVisit visit : rawVisits()) {
			List<Object> key = List.of(visit.participantId(), IsoWeek.of(visit.date()).monday(), visit.caseworkerId());
			List<Integer> sums = expected.getOrDefault(key, List.of(0, 0, 0));
			expected.put(key,
					List.of(sums.get(0) + 1, sums.get(1) + (visit.contact() ? 1 : 0), sums.get(2) + visit.minutes()));
			if (visit.contact()) {
				expectedLast.merge(visit.participantId(), visit.date(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		Map<List<Object>, List<Integer>> actual = new HashMap<>();
		this.jdbc.query("SELECT * FROM visit_week", (rs) -> {
			actual.put(
					List.of(rs.getLong("participant_id"), rs.getDate("week_monday").toLocalDate(),
							rs.getLong("caseworker_id")),
					List.of(rs.getInt("visits"), rs.getInt("contacts"), rs.getInt("minutes")));
		});
		Map<Long, LocalDate> actualLast = new HashMap<>();
		Map<Long, Long> actualContactWeeks = new HashMap<>();
		this.jdbc.query("SELECT * FROM visit_last_contact", (rs) -> {
			actualLast.put(rs.getLong("participant_id"), rs.getDate("last_contact").toLocalDate());
			actualContactWeeks.put(rs.getLong("participant_id"), rs.getLong("contact_weeks"));
		});
		assertThat(actual).isEqualTo(expected);
		assertThat(actualLast).isEqualTo(expectedLast);
		// The weeks with contact, bit i: i weeks before the latest contact's week.
		Map<Long, Long> expectedContactWeeks = new HashMap<>();
		for (RawVisit visit : rawVisits()) {
			if (visit.contact()) {
				long before = IsoWeek.of(visit.date()).weeksUntil(IsoWeek.of(expectedLast.get(visit.participantId())));
				if (before < 64) {
					expectedContactWeeks.merge(visit.participantId(), 1L << before, (a, b) -> a | b);
				}
			}
		}
		assertThat(actualContactWeeks).isEqualTo(expectedContactWeeks);
		// Per team (the participant's team now), week and caseworker: visits and minutes.
		Map<Long, List<Object>> teamOf = new HashMap<>();
		this.jdbc.query("SELECT id, team_id, restricted FROM participant", (rs) -> {
			teamOf.put(rs.getLong(1), List.of(rs.getLong(2), rs.getBoolean(3)));
		});
		Map<List<Object>, List<Long>> expectedTeams = new HashMap<>();
		for (RawVisit visit : rawVisits()) {
			List<Object> key = List.of(teamOf.get(visit.participantId()).get(0), IsoWeek.of(visit.date()).monday(),
					visit.caseworkerId(), teamOf.get(visit.participantId()).get(1));
			List<Long> sums = expectedTeams.getOrDefault(key, List.of(0L, 0L));
			expectedTeams.put(key, List.of(sums.get(0) + 1, sums.get(1) + visit.minutes()));
		}
		Map<List<Object>, List<Long>> actualTeams = new HashMap<>();
		// Every row: none is left at zero.
		this.jdbc.query("SELECT * FROM visit_team_week", (rs) -> {
			actualTeams.put(List.of(rs.getLong("team_id"), rs.getDate("week_monday").toLocalDate(),
					rs.getLong("caseworker_id"), rs.getBoolean("restricted")),
					List.of(rs.getLong("visits"), rs.getLong("minutes")));
		});
		assertThat(actualTeams).isEqualTo(expectedTeams);
	}

	/**
	 * The compliance report and Min uke, read from the roll-ups, against the same
	 * measures computed from the raw visits.
	 */
	private void assertPagesEqualRaw(CurrentUser leader, long[] teams, List<List<CurrentUser>> workers) {
		List<RawVisit> raw = rawVisits();
		VisitCompliance.Report report = this.compliance.report(leader);
		List<IsoWeek> weeks = report.weeks();
		Set<Long> teamSet = Set.of(teams[0], teams[1]);
		List<ActiveParticipant> active = this.directory.activeBetween(leader, teamSet, null, weeks.get(0).monday(),
				TODAY);
		Set<FollowUpWeeks.ContactWeek> contacts = raw.stream()
			.filter(RawVisit::contact)
			.map((v) -> new FollowUpWeeks.ContactWeek(v.participantId(), IsoWeek.of(v.date())))
			.collect(Collectors.toSet());
		Map<Long, List<CadencePeriod>> cadence = this.cadences.forTeams(teamSet);
		Map<Long, List<FollowUpWeeks.Cell>> byTeam = FollowUpWeeks.compliance(active, contacts, weeks,
				ActiveParticipant::teamId, cadence);
		Map<Long, List<FollowUpWeeks.Cell>> reportedByTeam = new HashMap<>();
		Map<Long, List<FollowUpWeeks.Cell>> reportedByWorker = new HashMap<>();
		report.lines().forEach((line) -> {
			if (line.caseworkerId() == null) {
				reportedByTeam.put(line.teamId(), line.cells());
			}
			else {
				reportedByWorker.put(line.caseworkerId(), line.cells());
			}
		});
		assertThat(reportedByTeam).isEqualTo(byTeam);
		assertThat(reportedByWorker).isEqualTo(
				FollowUpWeeks.compliance(active, contacts, weeks, ActiveParticipant::primaryCaseworkerId, cadence));
		// Direct client time: minutes per caseworker and week, from the per-team roll-up.
		Map<List<Object>, Long> expectedMinutes = new java.util.TreeMap<>(
				java.util.Comparator.comparing((List<Object> k) -> (Long) k.get(0))
					.thenComparing((k) -> (IsoWeek) k.get(1)));
		Set<Long> inTeams = active.stream().map(ActiveParticipant::id).collect(Collectors.toSet());
		this.jdbc.query("SELECT id FROM participant WHERE team_id IN (?, ?)", (rs) -> {
			inTeams.add(rs.getLong(1));
		}, teams[0], teams[1]);
		raw.stream()
			.filter((v) -> inTeams.contains(v.participantId()) && weeks.contains(IsoWeek.of(v.date())))
			.forEach((v) -> expectedMinutes.merge(List.of(v.caseworkerId(), IsoWeek.of(v.date())), (long) v.minutes(),
					Long::sum));
		assertThat(this.compliance.minutesPerCaseworker(leader, teamSet, null)
			.stream()
			.map((m) -> java.util.Map.entry(List.<Object>of(m.caseworkerId(), m.week()), m.minutes()))
			.toList()).containsExactlyElementsOf(expectedMinutes.entrySet());
		Map<Long, LocalDate> last = new HashMap<>();
		raw.stream()
			.filter(RawVisit::contact)
			.forEach((v) -> last.merge(v.participantId(), v.date(), (a, b) -> a.isAfter(b) ? a : b));
		IsoWeek current = IsoWeek.of(TODAY);
		Set<List<Object>> expectedMissed = new HashSet<>();
		for (ActiveParticipant p : active) {
			if (p.exitedOn() == null) {
				long missed = FollowUpWeeks.weeksWithoutContact(p.activeSince(), last.get(p.id()), current, TODAY,
						cadence.getOrDefault(p.id(), List.of()));
				if (missed >= 2) {
					expectedMissed.add(List.of(p.id(), missed, String.valueOf(last.get(p.id()))));
				}
			}
		}
		assertThat(report.missed()
			.stream()
			.map((m) -> List.<Object>of(m.participantId(), m.weeks(), String.valueOf(m.lastContact())))
			.collect(Collectors.toSet())).isEqualTo(expectedMissed);
		// Min uke, this week and weeks back, for the caseworkers who hold the caseloads.
		for (IsoWeek week : List.of(current, current.plus(-1), current.plus(-5))) {
			for (List<CurrentUser> team : workers) {
				for (MyWeek.Row row : this.myWeek.rows(team.get(0), week)) {
					LocalDate expectedLast = raw.stream()
						.filter((v) -> v.participantId() == row.participantId() && v.contact()
								&& !v.date().isAfter(week.sunday()))
						.map(RawVisit::date)
						.max(LocalDate::compareTo)
						.orElse(null);
					boolean visited = raw.stream()
						.anyMatch((v) -> v.participantId() == row.participantId() && v.contact()
								&& IsoWeek.of(v.date()).equals(week));
					boolean attempted = raw.stream()
						.anyMatch((v) -> v.participantId() == row.participantId() && !v.contact()
								&& IsoWeek.of(v.date()).equals(week));
					assertThat(row.lastContact()).as("last contact of %s in %s", row.participantId(), week)
						.isEqualTo(expectedLast);
					assertThat(row.visited()).isEqualTo(visited);
					if (!visited && !row.notDue()) {
						assertThat(row.attempted()).isEqualTo(attempted);
					}
				}
			}
		}
	}

}
