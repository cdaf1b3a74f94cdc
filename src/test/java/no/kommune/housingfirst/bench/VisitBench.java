package no.kommune.housingfirst.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed at scale, a benchmark rather than a test (run with {@code ./mvnw -Pbench test}):
 * 5,000 participants in 50 teams with five years of weekly visits each (1.3 million
 * visits), then "Min uke" and saving a visit over real HTTP on loopback, timed as a
 * browser would see them. Prints the figures; the README's performance section records
 * them.
 */
@Tag("bench")
@ServerTest
class VisitBench {

	static final int PARTICIPANTS = 5_000;

	static final int TEAMS = 50;

	static final int WEEKS = 5 * 52;

	static final int ROUNDS = 200;

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	@Test
	void myWeekAndSavingAVisitAtScale() {
		this.database.truncateAll();
		this.throttle.reset();
		long section = this.staff.section();
		List<Long> teams = new ArrayList<>();
		for (int i = 0; i < TEAMS; i++) {
			teams.add(this.staff.team(section));
		}
		var kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(teams.get(0)), Set.of());
		JdbcTemplate owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				this.database.jdbcUrl(), DatabaseRoles.OWNER, DatabaseRoles.OWNER));
		long started = System.nanoTime();
		// Kari is primary for 15 of her team's 100 participants, as a real caseload.
		owner.update(
				"""
						INSERT INTO participant (team_id, primary_caseworker_id, full_name, search_name, birth_date,
						    current_stay, months_homeless, guardian_need, status, included_on, active_since, created_by, submission_key)
						SELECT t.ids[1 + g % ?], ?, 'Benk ' || g, 'benk ' || g, date '1970-01-01' + g, 'STREET', 12, 'NO',
						       'HOUSED', current_date - ? * 7 - 3, current_date - ? * 7 - 3, ?, gen_random_uuid()
						FROM generate_series(1, ?) g, (SELECT ?::bigint[] AS ids) t""",
				TEAMS, kari.id(), WEEKS, WEEKS, kari.id(), PARTICIPANTS, teams.toArray(Long[]::new));
		owner.update("""
				INSERT INTO visit (participant_id, visit_date, kind, contact, no_contact_reason, duration_minutes,
				    submission_key, created_by)
				SELECT p.id, current_date - (w * 7 + p.id % 5)::int, 'HOME_VISIT', (w + p.id) % 9 <> 0,
				       CASE WHEN (w + p.id) % 9 = 0 THEN 'NOT_HOME' END, 45, gen_random_uuid(), ?
				FROM participant p, generate_series(0, ? - 1) w""", kari.id(), WEEKS);
		owner.execute("ANALYZE");
		long visits = owner.queryForObject("SELECT count(*) FROM visit", Long.class);
		System.out.printf("seeded %,d participants and %,d visits in %.1f s%n", PARTICIPANTS, visits,
				(System.nanoTime() - started) / 1e9);
		// Kari's caseload: her own participants are those of team 1 she is primary for;
		// cut to 15.
		owner.update("UPDATE participant SET primary_caseworker_id = ? WHERE team_id = ? AND id % 7 <> 0",
				this.staff.caseworker(teams.get(0)).id(), teams.get(0));

		Browserless browser = new Browserless(this.port);
		browser.login("kari", TestStaff.PASSWORD);
		long participant = owner.queryForObject(
				"SELECT min(id) FROM participant WHERE primary_caseworker_id = ? AND team_id = ?", Long.class,
				kari.id(), teams.get(0));
		for (int i = 0; i < 30; i++) {
			browser.get("/my-week");
		}
		List<Double> myWeek = new ArrayList<>();
		List<Double> save = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			long t0 = System.nanoTime();
			HttpResponse<String> page = browser.get("/my-week");
			myWeek.add((System.nanoTime() - t0) / 1e6);
			assertThat(page.statusCode()).isEqualTo(200);
			browser.get("/participants/" + participant + "/visits/new");
			long t1 = System.nanoTime();
			HttpResponse<String> saved = browser.post("/participants/" + participant + "/visits/new",
					Map.of("key", UUID.randomUUID().toString(), "date",
							LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString(), "kind",
							"PHONE", "contact", "true"));
			save.add((System.nanoTime() - t1) / 1e6);
			assertThat(saved.statusCode()).isEqualTo(302);
		}
		int rows = browser.get("/my-week").body().split("class=\"my-week-row").length - 1;
		assertThat(rows).isGreaterThanOrEqualTo(10);
		System.out.printf("Min uke (%d participants): median %.1f ms, p95 %.1f ms%n", rows, percentile(myWeek, 50),
				percentile(myWeek, 95));
		System.out.printf("save a visit (POST + redirect): median %.1f ms, p95 %.1f ms%n", percentile(save, 50),
				percentile(save, 95));
	}

	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
