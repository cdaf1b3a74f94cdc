package no.kommune.housingfirst.fit;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kommune.housingfirst.shared.TimeConfiguration;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FIT over real HTTP with real commits: the participant view sent twice at once saves one
 * session, a save the database refuses keeps the input and saves once on retry, a session
 * recorded and then corrected keeps its history, and that history is append-only for the
 * application's database role.
 */
@ServerTest
class FitSubmissionServerTest {

	private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"");

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
			.includedOn(LocalDate.now(TimeConfiguration.OSLO).minusDays(30))
			.by(kari);
		this.browser = new Browserless(this.port);
		this.browser.login("kari", TestStaff.PASSWORD);
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

	@Test
	void twoParallelPostsOfTheSameViewSaveOneSession() throws Exception {
		for (int round = 0; round < 5; round++) {
			Map<String, String> form = form();
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
					return this.browser.post(base() + "/new", form);
				}));
			}
			start.countDown();
			for (CompletableFuture<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
				assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(base());
			}
			assertThat(count()).isEqualTo(round + 1);
		}
	}

	@Test
	void whenTheDatabaseCannotSaveTheInputIsKeptAndTheRetrySavesOnce() {
		Map<String, String> form = form();
		form.put("orsSocial", "3.7");
		this.owner.execute("REVOKE INSERT ON fit_session FROM " + DatabaseRoles.APP);
		try {
			HttpResponse<String> failed = this.browser.post(base() + "/new", form);
			assertThat(failed.statusCode()).isEqualTo(503);
			assertThat(failed.body()).contains("FIT ble ikke lagret")
				.contains("value=\"3.7\"")
				.contains("value=\"" + form.get("key") + "\"")
				.doesNotContainIgnoringCase("permission denied");
		}
		finally {
			this.owner.execute("GRANT INSERT ON fit_session TO " + DatabaseRoles.APP);
		}
		assertThat(count()).isZero();
		assertThat(this.browser.post(base() + "/new", form).statusCode()).isEqualTo(302);
		assertThat(this.browser.post(base() + "/new", form).statusCode()).isEqualTo(302);
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void recordedThenCorrectedWithTheHistoryKeptAndAppendOnly() throws SQLException {
		assertThat(this.browser.post(base() + "/new", form()).statusCode()).isEqualTo(302);
		long id = this.owner.queryForObject("SELECT id FROM fit_session", Long.class);
		assertThat(this.browser.get(base()).body()).contains("FIT er lagret.").contains("20,0").contains("36,0");
		String edit = this.browser.get(base() + "/" + id + "/edit").body();
		assertThat(edit).contains("value=\"5,0\"");
		Map<String, String> corrected = fields();
		corrected.put("version", "0");
		corrected.put("srsOverall", "8,5");
		HttpResponse<String> saved = this.browser.post(base() + "/" + id + "/edit", corrected);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.browser.get(base() + "/" + id).body()).contains("Rettingen er lagret.")
			.contains("SRS: Totalt")
			.contains("<td>9,0</td>")
			.contains("<td>8,5</td>");
		assertThat(this.owner.queryForObject("SELECT srs_total::text FROM fit_session", String.class))
			.isEqualTo("35.5");
		// The same correction sent again is stale (the version moved on): nothing
		// changes.
		assertThat(this.browser.post(base() + "/" + id + "/edit", corrected).statusCode()).isEqualTo(409);
		assertThat(this.owner.queryForObject("SELECT count(*) FROM fit_correction", Integer.class)).isEqualTo(1);
		try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = connection.createStatement()) {
			for (String sql : List.of("UPDATE fit_correction SET new_value = 'x'", "DELETE FROM fit_correction",
					"TRUNCATE fit_correction", "DELETE FROM fit_session", "TRUNCATE fit_session")) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("permission denied");
			}
			// Scores outside 0–10 or with two decimals cannot be stored at all.
			assertThatThrownBy(() -> statement.execute("UPDATE fit_session SET ors_social = 10.5"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("check constraint");
			assertThatThrownBy(() -> statement.execute("UPDATE fit_session SET srs_goals = NULL"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("fit_session_srs_whole");
		}
		assertThat(this.owner.queryForObject("SELECT count(*) FROM fit_correction", Integer.class)).isEqualTo(1);
	}

	/** The participant view's form as the page gives it (with its key), filled in. */
	private Map<String, String> form() {
		String page = this.browser.get(base() + "/new").body();
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).as("the view carries a submission key").isTrue();
		Map<String, String> form = fields();
		form.put("key", key.group(1));
		return form;
	}

	private static Map<String, String> fields() {
		Map<String, String> form = FitWebTest.fields(LocalDate.now(TimeConfiguration.OSLO), "5.0", "9.0");
		return new java.util.HashMap<>(form);
	}

	private String base() {
		return "/participants/" + this.participant + "/fit";
	}

	private int count() {
		return this.owner.queryForObject("SELECT count(*) FROM fit_session", Integer.class);
	}

}
