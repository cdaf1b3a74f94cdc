package no.kommune.housingfirst.visitlog;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
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
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly one visit per submission over real HTTP with real commits: two parallel posts
 * of the same form, and a save that fails because the database refuses, then succeeds on
 * retry.
 */
@ServerTest
class VisitSubmissionServerTest {

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

	long participant;

	Browserless browser;

	JdbcTemplate owner;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.participant = this.participants.aParticipant()
			.includedOn(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(30))
			.by(kari);
		this.browser = new Browserless(this.port);
		this.browser.login("kari", TestStaff.PASSWORD);
		this.browser.get("/participants/" + this.participant + "/visits/new");
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

	@Test
	void twoParallelPostsOfTheSameFormSaveOneVisit() throws Exception {
		for (int round = 0; round < 5; round++) {
			Map<String, String> form = form(UUID.randomUUID().toString());
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
					return this.browser.post(url(), form);
				}));
			}
			start.countDown();
			for (CompletableFuture<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
				assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/visits");
			}
			assertThat(count()).isEqualTo(round + 1);
		}
	}

	@Test
	void whenTheDatabaseCannotSaveTheUserKeepsTheirInputAndTheRetrySavesOnce() {
		Map<String, String> form = form(UUID.randomUUID().toString());
		form.put("note", "Hjalp med å handle mat");
		this.owner.execute("REVOKE INSERT ON visit FROM " + DatabaseRoles.APP);
		try {
			HttpResponse<String> failed = this.browser.post(url(), form);
			assertThat(failed.statusCode()).isEqualTo(503);
			assertThat(failed.body()).contains("Besøket ble ikke lagret")
				.contains("Hjalp med å handle mat")
				.contains("value=\"" + form.get("key") + "\"")
				.doesNotContainIgnoringCase("permission denied");
		}
		finally {
			this.owner.execute("GRANT INSERT ON visit TO " + DatabaseRoles.APP);
		}
		assertThat(count()).isZero();
		assertThat(this.browser.post(url(), form).statusCode()).isEqualTo(302);
		assertThat(this.browser.post(url(), form).statusCode()).isEqualTo(302);
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aDatabaseOutageLosesNothingAndTheResendSavesOnce() throws Exception {
		Map<String, String> form = form(UUID.randomUUID().toString());
		// Several pooled connections used just now, as on a busy server (and in a full
		// test run): HikariCP hands out a connection returned less than 500 ms ago
		// without checking it, so after the outage each of them would fail one more
		// request unless the first broken one retires the pool (shared.db.PoolRecovery).
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			pages.add(CompletableFuture.supplyAsync(() -> this.browser.get(url())));
		}
		for (CompletableFuture<HttpResponse<String>> page : pages) {
			assertThat(page.get().statusCode()).isEqualTo(200);
		}
		this.database.startOutage();
		HttpResponse<String> failed;
		try {
			failed = this.browser.post(url(), form);
		}
		finally {
			this.database.endOutage();
		}
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(failed.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(failed.headers().allValues("Set-Cookie")).as("the user's session cookie is left alone").isEmpty();
		assertThat(failed.body()).contains(
				"Databasen var ikke tilgjengelig et øyeblikk, så ingenting ble lagret. Sendte du et skjema, gå tilbake")
			.contains("back-link")
			.doesNotContain("??")
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("at org.");
		// After the restart the same form is sent again: one visit, the session still
		// valid.
		HttpResponse<String> resent = this.browser.post(url(), form);
		assertThat(resent.statusCode()).as(resent.body()).isEqualTo(302);
		assertThat(this.browser.post(url(), form).statusCode()).isEqualTo(302);
		assertThat(count()).isEqualTo(1);
	}

	private Map<String, String> form(String key) {
		Map<String, String> form = new java.util.HashMap<>();
		form.put("key", key);
		form.put("date", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString());
		form.put("kind", "HOME_VISIT");
		form.put("contact", "true");
		return form;
	}

	private String url() {
		return "/participants/" + this.participant + "/visits/new";
	}

	private long count() {
		return this.owner.queryForObject("SELECT count(*) FROM visit WHERE participant_id = ?", Long.class,
				this.participant);
	}

}
