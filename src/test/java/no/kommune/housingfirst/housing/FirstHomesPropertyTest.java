package no.kommune.housingfirst.housing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style, with a fixed seed: after a random series of changes to participants'
 * tenancies (moved in earlier or later, not moved in after all, ended with each reason,
 * ended on another day, re-opened, two participants' tenancies changed in one statement),
 * each participant's maintained first move-in and standing 12, 24 and 36 months after it
 * ({@code housing_first_home}, V038) equal a fresh computation from the raw tenancy rows,
 * done here in Java, and so do the dashboard's days to housing and housing stability that
 * read them. Checked every 20 steps and at the end; a rebuild then finds nothing to
 * change.
 */
@IntegrationTest
class FirstHomesPropertyTest {

	static final long SEED = 20261203L;

	static final int STEPS = 240;

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	/** The reasons a tenancy ends, as stored. */
	static final List<String> REASONS = List.of("EVICTION", "ABANDONMENT", "MOVED_TO_OTHER_HOME", "BOUGHT_OWN_HOME",
			"MOVED_TO_INSTITUTION", "DECEASED");

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	HousingTenancies tenancies;

	@Autowired
	HousingMeasures measures;

	@Autowired
	FirstHomesRebuild rebuild;

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager entities;

	/** One tenancy row as the test reads it back. */
	record Row(long id, long participantId, LocalDate firstNight, LocalDate ended, String reason) {
	}

	/** What the maintained table should hold for one participant. */
	record Expected(LocalDate movedIn, String after12, String after24, String after36) {
	}

	@Test
	void firstHomesEqualAFreshComputationAfterRandomChanges() {
		Random random = new Random(SEED);
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser worker = this.staff.caseworker(team);
		CurrentUser leader = this.staff.sectionLeader(section);
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			people.add(
					this.participants.aParticipant().named("Deltaker " + i).includedOn(TODAY.minusDays(20)).by(worker));
		}
		// Through the services first: housed, some evicted and housed again (a
		// re-housing),
		// two still searching with no tenancy.
		for (int i = 0; i < 7; i++) {
			long participant = people.get(i);
			long first = moveIn(worker, participant);
			if (i % 3 == 0) {
				this.tenancies.end(worker, participant, first, version(first),
						new HousingTenancies.TenancyEnding(TODAY, TenancyEnd.EVICTION, null));
				this.entities.flush();
				moveIn(worker, participant);
			}
		}
		this.entities.flush();
		this.entities.clear();
		// Inclusion long ago, so that every moved-in date below is after it.
		this.jdbc.update("UPDATE participant SET included_on = ?, active_since = ? WHERE id = ANY (?)",
				TODAY.minusYears(7), TODAY.minusYears(7), people.toArray(Long[]::new));
		assertMaintainedEqualsFresh(people, leader, team);

		// Moves to another team of the section and restrictions, drawn apart so the
		// tenancy changes stay as they were.
		Random moves = new Random(SEED + 1);
		long otherTeam = this.staff.team(section);
		Map<String, Integer> done = new TreeMap<>();
		for (int step = 1; step <= STEPS; step++) {
			if (moves.nextInt(6) == 0) {
				long who = people.get(moves.nextInt(people.size()));
				if (moves.nextBoolean()) {
					this.jdbc.update(
							"UPDATE participant SET team_id = CASE WHEN team_id = ? THEN ? ELSE ? END WHERE id = ?",
							team, otherTeam, team, who);
					done.merge("moved to another team", 1, Integer::sum);
				}
				else {
					this.jdbc.update("UPDATE participant SET restricted = NOT restricted WHERE id = ?", who);
					done.merge("restricted or released", 1, Integer::sum);
				}
			}
			List<Row> rows = rows(people).stream().filter((r) -> people.indexOf(r.participantId()) < 7).toList();
			Row row = rows.get(random.nextInt(rows.size()));
			int roll = random.nextInt(100);
			String kind;
			if (roll < 28) {
				LocalDate day = TODAY.minusDays(random.nextInt(6 * 365));
				if (row.ended() != null && row.ended().isBefore(day)) {
					day = row.ended();
				}
				this.jdbc.update("UPDATE tenancy SET starts_on = ?, keys_on = ?, first_night_on = ? WHERE id = ?", day,
						day, day, row.id());
				kind = "moved in on another day";
			}
			else if (roll < 36) {
				this.jdbc.update("UPDATE tenancy SET first_night_on = NULL WHERE id = ?", row.id());
				kind = "not moved in after all";
			}
			else if (roll < 60 && row.ended() == null) {
				LocalDate start = (row.firstNight() != null) ? row.firstNight() : TODAY.minusYears(6);
				LocalDate ended = start
					.plusDays(random.nextLong(java.time.temporal.ChronoUnit.DAYS.between(start, TODAY) + 1));
				this.jdbc.update("UPDATE tenancy SET ended_on = ?, end_reason = ? WHERE id = ?", ended,
						REASONS.get(random.nextInt(REASONS.size())), row.id());
				kind = "ended";
			}
			else if (roll < 72 && row.ended() != null) {
				boolean otherOpen = rows.stream()
					.anyMatch(
							(r) -> r.participantId() == row.participantId() && r.id() != row.id() && r.ended() == null);
				if (otherOpen) {
					this.jdbc.update("UPDATE tenancy SET end_reason = ? WHERE id = ?",
							REASONS.get(random.nextInt(REASONS.size())), row.id());
					kind = "ended for another reason";
				}
				else {
					this.jdbc.update("UPDATE tenancy SET ended_on = NULL, end_reason = NULL WHERE id = ?", row.id());
					kind = "re-opened";
				}
			}
			else if (roll < 88 && row.ended() != null) {
				LocalDate start = (row.firstNight() != null) ? row.firstNight() : TODAY.minusYears(6);
				LocalDate ended = start
					.plusDays(random.nextLong(java.time.temporal.ChronoUnit.DAYS.between(start, TODAY) + 1));
				this.jdbc.update("UPDATE tenancy SET ended_on = ? WHERE id = ?", ended, row.id());
				kind = "ended on another day";
			}
			else {
				long other = people.get(random.nextInt(7));
				int days = 1 + random.nextInt(400);
				this.jdbc.update(
						"""
								UPDATE tenancy SET starts_on = starts_on - ?, keys_on = keys_on - ?, first_night_on = first_night_on - ?
								WHERE participant_id IN (?, ?) AND first_night_on IS NOT NULL""",
						days, days, days, row.participantId(), other);
				kind = "two participants in one statement";
			}
			done.merge(kind, 1, Integer::sum);
			if (step % 20 == 0) {
				assertMaintainedEqualsFresh(people, leader, team);
			}
		}
		assertThat(done).containsKeys("moved in on another day", "not moved in after all", "ended",
				"ended for another reason", "re-opened", "ended on another day", "two participants in one statement",
				"moved to another team", "restricted or released");
		assertThat(done.values()).allSatisfy((count) -> assertThat(count).isGreaterThanOrEqualTo(5));
		// Some of every standing, so the comparison said something.
		assertThat(this.jdbc.queryForList(
				"SELECT DISTINCT after_12 FROM housing_first_home WHERE participant_id = ANY (?)", String.class,
				(Object) people.toArray(Long[]::new)))
			.contains("HOUSED", "NOT_HOUSED");
		FirstHomesRebuild.Result result = this.rebuild.rebuild();
		assertThat(result.rowsThatDiffered()).isZero();
		assertThat(result.rows()).isGreaterThanOrEqualTo(1);
		assertMaintainedEqualsFresh(people, leader, team);
	}

	private long moveIn(CurrentUser worker, long participant) {
		long tenancy = this.housing.lease(worker, participant, TODAY);
		this.entities.flush();
		this.tenancies.moveIn(worker, participant, tenancy, version(tenancy), TODAY, TODAY);
		this.entities.flush();
		return tenancy;
	}

	private int version(long tenancy) {
		this.entities.flush();
		return this.jdbc.queryForObject("SELECT version FROM tenancy WHERE id = ?", Integer.class, tenancy);
	}

	private List<Row> rows(List<Long> people) {
		return this.jdbc.query(
				"SELECT id, participant_id, first_night_on, ended_on, end_reason FROM tenancy WHERE participant_id = ANY (?)"
						+ " ORDER BY id",
				(rs, n) -> new Row(rs.getLong("id"), rs.getLong("participant_id"), day(rs.getDate("first_night_on")),
						day(rs.getDate("ended_on")), rs.getString("end_reason")),
				(Object) people.toArray(Long[]::new));
	}

	private static LocalDate day(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/**
	 * The table, and the dashboard's figures, against a computation from the raw rows.
	 */
	private void assertMaintainedEqualsFresh(List<Long> people, CurrentUser leader, long team) {
		Map<Long, Expected> expected = fresh(rows(people));
		Map<Long, Expected> maintained = new HashMap<>();
		this.jdbc.query(
				"SELECT participant_id, moved_in, after_12, after_24, after_36 FROM housing_first_home WHERE participant_id = ANY (?)",
				(rs) -> {
					maintained.put(rs.getLong("participant_id"), new Expected(rs.getDate("moved_in").toLocalDate(),
							rs.getString("after_12"), rs.getString("after_24"), rs.getString("after_36")));
				}, (Object) people.toArray(Long[]::new));
		assertThat(maintained).isEqualTo(expected);
		// Each home carries its participant's team and restriction now (V045).
		Map<Long, List<Object>> placed = new HashMap<>();
		this.jdbc.query(
				"SELECT participant_id, team_id, restricted FROM housing_first_home WHERE participant_id = ANY (?)",
				(rs) -> {
					placed.put(rs.getLong(1), List.of(rs.getLong(2), rs.getBoolean(3)));
				}, (Object) people.toArray(Long[]::new));
		Map<Long, List<Object>> participantPlaces = new HashMap<>();
		this.jdbc.query("SELECT id, team_id, restricted FROM participant WHERE id = ANY (?)", (rs) -> {
			if (expected.containsKey(rs.getLong(1))) {
				participantPlaces.put(rs.getLong(1), List.of(rs.getLong(2), rs.getBoolean(3)));
			}
		}, (Object) people.toArray(Long[]::new));
		assertThat(placed).isEqualTo(participantPlaces);
		// The dashboard's figures for the team, over the last six years: those in it now,
		// restricted or not (the section's leader sees both).
		LocalDate from = TODAY.minusYears(6);
		HousingMeasures.Figures figures = this.measures.figures(leader, Set.of(team), null, from, TODAY);
		long housedInPeriod = expected.entrySet()
			.stream()
			.filter((e) -> participantPlaces.get(e.getKey()).get(0).equals(team))
			.map(Map.Entry::getValue)
			.filter((e) -> !e.movedIn().isBefore(from) && !e.movedIn().isAfter(TODAY))
			.count();
		assertThat(figures.daysInPeriod().housed()).isEqualTo((int) housedInPeriod);
		List<HousingMeasures.Stability> stability = new ArrayList<>();
		for (int months : HousingMeasures.STABILITY_MONTHS) {
			List<String> standings = expected.entrySet()
				.stream()
				.filter((e) -> participantPlaces.get(e.getKey()).get(0).equals(team))
				.map(Map.Entry::getValue)
				.filter((e) -> !e.movedIn().plusMonths(months).isAfter(TODAY))
				.map((e) -> (months == 12) ? e.after12() : (months == 24) ? e.after24() : e.after36())
				.filter((s) -> !s.equals("DECEASED"))
				.toList();
			stability.add(new HousingMeasures.Stability(months, standings.size(),
					(int) standings.stream().filter("HOUSED"::equals).count()));
		}
		assertThat(figures.stability()).isEqualTo(stability);
	}

	/** Each participant's first move-in and standing after it, from the rows alone. */
	static Map<Long, Expected> fresh(List<Row> rows) {
		Map<Long, List<Row>> byParticipant = rows.stream().collect(Collectors.groupingBy(Row::participantId));
		Map<Long, Expected> result = new HashMap<>();
		byParticipant.forEach((participant, theirs) -> {
			theirs.stream()
				.map(Row::firstNight)
				.filter((d) -> d != null)
				.min(Comparator.naturalOrder())
				.ifPresent((movedIn) -> result.put(participant,
						new Expected(movedIn, standing(theirs, movedIn.plusMonths(12)),
								standing(theirs, movedIn.plusMonths(24)), standing(theirs, movedIn.plusMonths(36)))));
		});
		return result;
	}

	/**
	 * In a home that day (a tenancy covered it, or the last one before it ended by a move
	 * to another home or a bought one), dead (the last one ended by death), or neither.
	 */
	static String standing(List<Row> rows, LocalDate day) {
		boolean covered = rows.stream()
			.anyMatch((r) -> r.firstNight() != null && !r.firstNight().isAfter(day)
					&& (r.ended() == null || r.ended().isAfter(day)));
		if (covered) {
			return "HOUSED";
		}
		return rows.stream()
			.filter((r) -> r.ended() != null && !r.ended().isAfter(day))
			.max(Comparator.comparing(Row::ended).thenComparing(Row::id))
			.map((r) -> switch (r.reason()) {
				case "MOVED_TO_OTHER_HOME", "BOUGHT_OWN_HOME" -> "HOUSED";
				case "DECEASED" -> "DECEASED";
				default -> "NOT_HOUSED";
			})
			.orElse("NOT_HOUSED");
	}

}
