package no.kommune.housingfirst.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import no.kommune.housingfirst.HousingFirstApplication;
import no.kommune.housingfirst.support.Browserless;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./mvnw spring-boot:run} does: trial mode starts its own PostgreSQL with the
 * data in a folder, loads the demo organisation once, and finds it all again after a
 * restart.
 */
class TrialModeTest {

	@TempDir
	Path data;

	@Test
	void startsWithDemoDataThatSurvivesARestart() throws Exception {
		Path directory = this.data.resolve("postgres");
		try (ConfigurableApplicationContext app = start(directory)) {
			Browserless browser = new Browserless(port(app));
			assertThat(browser.get("/login").body()).contains("Prøvemodus – fiktive data");
			assertThat(browser.login("kari", "HousingFirst2026").headers().firstValue("Location").orElseThrow())
				.endsWith("/");
			assertThat(browser.get("/").body()).contains("Kari Nordmann").contains("HF-team Nord 1");
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("SELECT username FROM staff_member ORDER BY username", String.class))
				.containsExactly("admin", "bolig", "kari", "leder", "leder2", "nav", "nils", "ola", "vaktmester");
			// Caretaker tasks done and open, and a crisis place going on.
			assertThat(
					jdbc.queryForObject("SELECT count(*) FROM caretaker_task WHERE done_on IS NOT NULL", Integer.class))
				.isOne();
			assertThat(jdbc.queryForObject("SELECT count(*) FROM caretaker_task WHERE done_on IS NULL", Integer.class))
				.isEqualTo(2);
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM crisis_stay WHERE kind = 'CRISIS_PLACE' AND to_on IS NULL", Integer.class))
				.isOne();
			// The demo password is published: nobody is made to change it (kari went
			// straight to her home page above).
			assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_member WHERE password_change_required",
					Integer.class))
				.isZero();
			// The way into a home is there to look at: homes with confirmed first rents,
			// open NAV tasks with one overdue, an overdue allocation meeting, a
			// re-housing.
			assertThat(
					jdbc.queryForObject("SELECT count(*) FROM tenancy WHERE first_night_on IS NOT NULL", Integer.class))
				.isGreaterThan(10);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM first_rent_task WHERE confirmed_at IS NULL",
					Integer.class))
				.isGreaterThanOrEqualTo(2);
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM first_rent_task WHERE confirmed_at IS NULL AND due_on < current_date",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM allocation WHERE meeting_held_on IS NULL AND meeting_due < current_date",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM tenancy WHERE rehousing", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM participant WHERE status = 'HOUSED'", Integer.class))
				.isEqualTo(jdbc.queryForObject(
						"SELECT count(*) FROM tenancy t JOIN participant p ON p.id = t.participant_id "
								+ "WHERE p.status = 'HOUSED' AND t.ended_on IS NULL AND t.first_night_on IS NOT NULL",
						Integer.class));
			// Visits without contact say why; one visit, logged twice, is voided.
			assertThat(jdbc.queryForObject("SELECT count(*) FROM visit WHERE NOT contact", Integer.class))
				.isGreaterThan(10);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM visit WHERE NOT contact AND no_contact_reason IS NULL",
					Integer.class))
				.isZero();
			assertThat(
					jdbc.queryForList("SELECT DISTINCT no_contact_reason FROM visit WHERE NOT contact", String.class))
				.contains("NOT_HOME", "DECLINED");
			assertThat(jdbc.queryForList("SELECT void_reason FROM visit WHERE voided_at IS NOT NULL", String.class))
				.containsExactly("DUPLICATE");
			// The unit register: the municipality's districts, units with a "ledig fra"
			// date, and each unit's history from its registration on.
			assertThat(jdbc.queryForObject("SELECT count(*) FROM district WHERE active", Integer.class)).isEqualTo(6);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM housing_unit WHERE available_from IS NOT NULL",
					Integer.class))
				.isGreaterThan(10);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM housing_unit_change WHERE field = 'registered'",
					Integer.class))
				.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM housing_unit", Integer.class));
			// Bo-plans: most participants, one revised several times, one declined, one
			// overdue for review, one stepped down as agreed; agreements for everyone
			// housed;
			// health care declined twice, one "hva trengs nå?" meeting held.
			assertThat(jdbc.queryForObject("SELECT count(DISTINCT participant_id) FROM bo_plan_version", Integer.class))
				.isGreaterThan(20);
			assertThat(jdbc.queryForObject("SELECT max(version_no) FROM bo_plan_version", Integer.class))
				.isGreaterThanOrEqualTo(3);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM bo_plan_agreement WHERE kind = 'DECLINED'",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"""
							SELECT count(*) FROM bo_plan_version v JOIN participant p ON p.id = v.participant_id
							WHERE p.exited_on IS NULL AND v.review_on < current_date AND v.version_no =
							      (SELECT max(l.version_no) FROM bo_plan_version l WHERE l.participant_id = v.participant_id)""",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM bo_plan_version WHERE cadence = 'FORTNIGHTLY'",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM follow_up_agreement", Integer.class)).isEqualTo(
					jdbc.queryForObject("SELECT count(*) FROM participant WHERE status = 'HOUSED'", Integer.class));
			assertThat(jdbc.queryForObject("SELECT count(*) FROM visit WHERE health_care_declined", Integer.class))
				.isEqualTo(2);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM bo_plan_needs_meeting", Integer.class)).isEqualTo(1);
			// FIT series for most participants in follow-up, with a story for each alert
			// (in Seksjon Nord, the demo section leader's).
			assertThat(jdbc.queryForObject("SELECT count(DISTINCT participant_id) FROM fit_session", Integer.class))
				.isGreaterThan(15);
			var leder = (no.kommune.housingfirst.shared.security.CurrentUser) app
				.getBean(no.kommune.housingfirst.staff.StaffAccounts.class)
				.loadUserByUsername("leder");
			long nord1 = jdbc.queryForObject("SELECT id FROM team WHERE name = 'HF-team Nord 1'", Long.class);
			var kari = app.getBean(no.kommune.housingfirst.fit.FitService.class)
				.teamCounts(leder, java.time.LocalDate.now(TimeConfiguration.OSLO))
				.stream()
				.filter((counts) -> counts.teamId() == nord1)
				.findFirst()
				.orElseThrow();
			assertThat(kari.orsImprovement()).isPositive();
			assertThat(kari.orsDeterioration()).isPositive();
			assertThat(kari.srsBelowAlliance()).isPositive();
			assertThat(kari.withoutRecentFit()).isPositive();
			assertThat(kari.withRecentFit()).isGreaterThan(kari.withoutRecentFit());
			// Tenancy events: a complaint answered in time, one past its deadline, a
			// failed
			// rent deduction in NAV's queue, a tenancy flagged at risk.
			assertThat(jdbc.queryForObject(
					"SELECT count(*) FROM tenancy_event WHERE kind = 'COMPLAINT' AND answered_on <= respond_by",
					Integer.class))
				.isEqualTo(1);
			assertThat(jdbc
				.queryForObject("SELECT count(*) FROM tenancy_event WHERE kind = 'COMPLAINT' AND answered_on IS NULL "
						+ "AND respond_by < current_date", Integer.class))
				.isEqualTo(1);
			Browserless navOfficer = new Browserless(port(app));
			navOfficer.login("nav", "HousingFirst2026");
			assertThat(navOfficer.get("/nav/rent-deductions").body()).contains("18 400");
			assertThat(app.getBean(no.kommune.housingfirst.tenancy.TenancyMeasures.class)
				.perTeam(leder)
				.stream()
				.mapToInt(no.kommune.housingfirst.tenancy.TenancyMeasures.Counts::atRisk)
				.sum()).isPositive();
			// Survey answers enough in Nord 1 for the leader to see figures; fidelity
			// completed last year, a draft this year.
			assertThat(
					jdbc.queryForObject("SELECT count(*) FROM survey_response WHERE team_id = ?", Integer.class, nord1))
				.isGreaterThanOrEqualTo(5);
			Browserless sectionLeader = new Browserless(port(app));
			sectionLeader.login("leder", "HousingFirst2026");
			assertThat(sectionLeader.get("/survey?team=" + nord1).body()).contains("Endelig en dør jeg kan låse.")
				.doesNotContain("Færre enn 5 svar");
			assertThat(jdbc.queryForList("SELECT status FROM fidelity_assessment WHERE team_id = ? ORDER BY year",
					String.class, nord1))
				.containsExactly("COMPLETED", "DRAFT");
			// Restriction of processing: one of Ola's participants restricted, after an
			// earlier period that the section leader lifted; only the leader sees it.
			assertThat(jdbc.queryForObject("SELECT count(*) FROM participant WHERE restricted", Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM participant_restriction WHERE lifted_at IS NOT NULL",
					Integer.class))
				.isEqualTo(1);
			String restricted = jdbc.queryForObject("SELECT full_name FROM participant WHERE restricted", String.class);
			assertThat(sectionLeader.get("/participants/restricted").body()).contains(restricted)
				.contains("protesterer");
			Browserless ola = new Browserless(port(app));
			ola.login("ola", "HousingFirst2026");
			assertThat(ola
				.get("/participants?q="
						+ java.net.URLEncoder.encode(restricted, java.nio.charset.StandardCharsets.UTF_8))
				.body())
				.doesNotContain("/participants/"
						+ jdbc.queryForObject("SELECT id FROM participant WHERE restricted", Long.class) + "\"");
			assertThat(sectionLeader
				.get("/participants?q="
						+ java.net.URLEncoder.encode(restricted, java.nio.charset.StandardCharsets.UTF_8))
				.body()).contains(restricted).contains("Begrenset behandling");
			jdbc.update("UPDATE staff_member SET full_name = 'Kari Endret' WHERE username = 'kari'");
			superuserNeedsThePasswordAndFsyncIsOn(app);
			demoActivityLeavesAnIntactAuditChainThatAnOwnersEditBreaks(app);
		}
		String password = Files.readString(this.data.resolve("postgres-superuser-password"));
		assertThat(Files.isDirectory(directory)).isTrue();
		try (ConfigurableApplicationContext app = start(directory)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT full_name FROM staff_member WHERE username = 'kari'", String.class))
				.isEqualTo("Kari Endret");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM section", Integer.class)).isEqualTo(2);
			// The same password after a restart, still required.
			assertThat(Files.readString(this.data.resolve("postgres-superuser-password"))).isEqualTo(password);
			superuserNeedsThePasswordAndFsyncIsOn(app);
		}
	}

	/**
	 * The demo organisation's history (inclusions, visits, leases, confirmations) and the
	 * logins above are all in the audit trail's chain; an edit with the owner's rights
	 * breaks it at that row.
	 */
	private void demoActivityLeavesAnIntactAuditChainThatAnOwnersEditBreaks(ConfigurableApplicationContext app) {
		no.kommune.housingfirst.audit.AuditChain chain = app.getBean(no.kommune.housingfirst.audit.AuditChain.class);
		no.kommune.housingfirst.audit.AuditChain.Verification demo = chain.verify();
		assertThat(demo.intact()).as(String.valueOf(demo.problem())).isTrue();
		assertThat(demo.rows()).isGreaterThan(100);
		String url = "jdbc:postgresql://localhost:"
				+ app.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getPort() + "/housingfirst";
		JdbcTemplate owner = new JdbcTemplate(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
				new org.postgresql.Driver(), url, "hf_owner", "hf_owner"));
		long row = owner.queryForObject("SELECT min(id) + 10 FROM audit_event", Long.class);
		String actor = owner.queryForObject("SELECT actor_name FROM audit_event WHERE id = ?", String.class, row);
		owner.update("UPDATE audit_event SET actor_name = 'Noen Andre' WHERE id = ?", row);
		assertThat(chain.verify().brokenAt()).isEqualTo(row);
		owner.update("UPDATE audit_event SET actor_name = ? WHERE id = ?", actor, row);
		assertThat(chain.verify().intact()).isTrue();
	}

	/**
	 * Nobody on the machine gets in as the superuser without the generated password, kept
	 * in the data folder for the owner only; the server writes to disk for real.
	 */
	private void superuserNeedsThePasswordAndFsyncIsOn(ConfigurableApplicationContext app) throws Exception {
		Path file = this.data.resolve("postgres-superuser-password");
		assertThat(Files.getPosixFilePermissions(file))
			.isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		String password = Files.readString(file).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(32);
		String url = "jdbc:postgresql://localhost:"
				+ app.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getPort() + "/postgres";
		for (String guess : new String[] { "", "postgres" }) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", guess).close())
				.as(guess)
				.isInstanceOf(java.sql.SQLException.class);
		}
		try (var connection = java.sql.DriverManager.getConnection(url, "postgres", password);
				var statement = connection.createStatement()) {
			for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
				try (var row = statement.executeQuery("SHOW " + setting)) {
					row.next();
					assertThat(row.getString(1)).as(setting).isEqualTo("on");
				}
			}
		}
	}

	private static ConfigurableApplicationContext start(Path directory) {
		// Command-line arguments, so they win over application.yml as they would for a
		// user.
		return new SpringApplicationBuilder(HousingFirstApplication.class).profiles("trial")
			.run("--server.port=0", "--housingfirst.trial.data-directory=" + directory);
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
