package no.kommune.housingfirst.boplan;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan and the follow-up agreement over real HTTP, a transaction per request: two
 * caseworkers in two sessions revise the same plan (the second gets the conflict page
 * with everything typed kept, nothing merged), a double submit at the same moment makes
 * one version, and the follow-up agreement is recorded, then corrected as a new version.
 */
@ServerTest
class BoPlanServerTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser kari;

	CurrentUser per;

	long participant;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		long team = this.staff.team(this.staff.section());
		this.kari = this.staff.caseworker(team);
		this.per = this.staff.caseworker(team);
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusDays(30)).by(this.kari);
	}

	Browserless signedIn(CurrentUser user) {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(user.getUsername(), TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

	String url(String tail) {
		return "/participants/" + this.participant + "/bo-plan" + tail;
	}

	static Map<String, String> plan(String key, int baseVersion, String lastingHome, String goal) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("key", key);
		form.put("baseVersion", String.valueOf(baseVersion));
		form.put("planDate", TODAY.toString());
		form.put("lastingHome", lastingHome);
		form.put("reviewOn", TODAY.plusMonths(3).toString());
		form.put("cadence", "WEEKLY");
		form.put("goals[0].key", UUID.randomUUID().toString());
		form.put("goals[0].area", "HOUSING");
		form.put("goals[0].wording", goal);
		form.put("goals[0].responsible", "PARTICIPANT");
		form.put("goals[0].status", "NOT_STARTED");
		return form;
	}

	int versions() {
		return this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_version WHERE participant_id = ?", Integer.class,
				this.participant);
	}

	@Test
	void aSecondEditorGetsTheConflictPageWithTheirTextKeptAndNothingMerged() {
		Browserless kari = signedIn(this.kari);
		Browserless per = signedIn(this.per);
		assertThat(kari.get(url("/revise")).statusCode()).isEqualTo(200);
		HttpResponse<String> first = kari.post(url("/revise"), plan(UUID.randomUUID().toString(), 0, "Fred", "Rydde"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);

		// Both open the form on version 1; Kari saves first.
		assertThat(kari.get(url("/revise")).body()).contains("name=\"baseVersion\" value=\"1\"");
		assertThat(per.get(url("/revise")).body()).contains("name=\"baseVersion\" value=\"1\"");
		HttpResponse<String> karis = kari.post(url("/revise"),
				plan(UUID.randomUUID().toString(), 1, "Fred og ro", "Rydde hver lørdag"));
		assertThat(karis.statusCode()).as(karis.body()).isEqualTo(302);

		String perKey = UUID.randomUUID().toString();
		HttpResponse<String> pers = per.post(url("/revise"),
				plan(perKey, 1, "Pers tekst skrevet med deltakeren", "Pers eget mål"));
		assertThat(pers.statusCode()).isEqualTo(409);
		assertThat(pers.body()).contains("Noen andre har lagret en nyere versjon av planen")
			.contains("Pers tekst skrevet med deltakeren")
			.contains("Pers eget mål")
			.contains("name=\"baseVersion\" value=\"2\"")
			.contains("value=\"" + perKey + "\"");
		assertThat(versions()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"SELECT lasting_home FROM bo_plan_version WHERE participant_id = ? AND version_no = 2", String.class,
				this.participant))
			.isEqualTo("Fred og ro");

		// Sent again from the conflict page, on purpose: Per's plan is version 3, Kari's
		// stays readable as version 2.
		HttpResponse<String> again = per.post(url("/revise"),
				plan(perKey, 2, "Pers tekst skrevet med deltakeren", "Pers eget mål"));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
		assertThat(versions()).isEqualTo(3);
		assertThat(per.get(url("/versions/2")).body()).contains("Fred og ro");
		assertThat(per.get(url("/compare?from=2&to=3")).body()).contains("Pers eget mål");
	}

	@Test
	void aDoubleSubmitAtTheSameMomentMakesOneVersion() throws Exception {
		Browserless kari = signedIn(this.kari);
		kari.get(url("/revise"));
		Map<String, String> form = plan(UUID.randomUUID().toString(), 0, "Fred", "Rydde");
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			posts.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return kari.post(url("/revise"), form);
			}));
		}
		start.countDown();
		for (CompletableFuture<HttpResponse<String>> post : posts) {
			assertThat(post.get().statusCode()).as(post.get().body()).isEqualTo(302);
		}
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void theFollowUpAgreementIsRecordedThenCorrectedAsANewVersion() {
		Browserless kari = signedIn(this.kari);
		assertThat(kari.get(url("/follow-up-agreement")).statusCode()).isEqualTo(200);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("key", UUID.randomUUID().toString());
		form.put("baseVersion", "0");
		form.put("agreedOn", TODAY.toString());
		form.put("visitArrangement", "Tirsdager etter lunsj");
		form.put("unreachablePlan", "Ring søsteren, så gå innom kafeen");
		form.put("kind", "SIGNED_ON_PAPER");
		HttpResponse<String> recorded = kari.post(url("/follow-up-agreement"), form);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);

		assertThat(kari.get(url("/follow-up-agreement")).body()).contains("Ring søsteren, så gå innom kafeen")
			.contains("name=\"baseVersion\" value=\"1\"");
		form.put("key", UUID.randomUUID().toString());
		form.put("baseVersion", "1");
		form.put("unreachablePlan", "Ring søsteren, så gå innom kafeen, så NAV-kontoret");
		form.put("kind", "AGREED_ORALLY");
		HttpResponse<String> corrected = kari.post(url("/follow-up-agreement"), form);
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForList(
				"SELECT version_no || ' ' || kind FROM follow_up_agreement WHERE participant_id = ? ORDER BY version_no",
				String.class, this.participant))
			.containsExactly("1 SIGNED_ON_PAPER", "2 AGREED_ORALLY");
		assertThat(kari.get(url("")).body()).contains("så NAV-kontoret").contains("Avtalt muntlig");

		// The stale form (still on version 1) is a conflict that keeps the text.
		form.put("key", UUID.randomUUID().toString());
		form.put("unreachablePlan", "Gammel side");
		HttpResponse<String> stale = kari.post(url("/follow-up-agreement"), form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Gammel side").contains("name=\"baseVersion\" value=\"2\"");
	}

	@Test
	void theRuntimeRoleCannotChangeOrDeleteAPlanOrAnAgreement() throws Exception {
		Browserless kari = signedIn(this.kari);
		kari.get(url("/revise"));
		assertThat(kari.post(url("/revise"), plan(UUID.randomUUID().toString(), 0, "Fred", "Rydde")).statusCode())
			.isEqualTo(302);
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(this.database.jdbcUrl(),
				no.kommune.housingfirst.shared.db.DatabaseRoles.APP,
				no.kommune.housingfirst.shared.db.DatabaseRoles.APP);
				java.sql.Statement statement = connection.createStatement()) {
			for (String sql : List.of("UPDATE bo_plan_version SET lasting_home = 'x'", "DELETE FROM bo_plan_goal",
					"DELETE FROM bo_plan_version", "TRUNCATE bo_plan_version CASCADE",
					"UPDATE bo_plan_agreement SET kind = 'DECLINED'", "DELETE FROM follow_up_agreement",
					"UPDATE bo_plan_needs_meeting SET outcome = 'x'")) {
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute(sql))
					.as(sql)
					.isInstanceOf(java.sql.SQLException.class)
					.hasMessageContaining("permission denied");
			}
		}
		assertThat(this.jdbc.queryForObject("SELECT lasting_home FROM bo_plan_version", String.class))
			.isEqualTo("Fred");
	}

}
