package no.kommune.housingfirst.visitlog;

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
 * Voiding over real HTTP with real commits: log a visit without contact, void it, and a
 * second void or a correction afterwards is refused; a void from a page older than the
 * visit is the 409 page; two voids at once void once. Underneath, the database keeps the
 * rules even against the runtime role: no DELETE, no change to a voided visit, no new
 * attempt without a reason.
 */
@ServerTest
class VisitVoidServerTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");

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

	CurrentUser kari;

	long participant;

	Browserless kariBrowser;

	Browserless olaBrowser;

	JdbcTemplate owner;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		long team = this.staff.team(this.staff.section());
		this.kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("ola", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusDays(30)).by(this.kari);
		this.kariBrowser = loggedIn("kari");
		this.olaBrowser = loggedIn("ola");
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

	@Test
	void logVoidAndThenASecondVoidOrACorrectionIsRefused() {
		HttpResponse<String> logged = this.kariBrowser.post(visits() + "/new",
				Map.of("key", UUID.randomUUID().toString(), "date", TODAY.toString(), "kind", "HOME_VISIT", "contact",
						"false", "noContactReason", "NOT_HOME"));
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(302);
		long visit = this.owner.queryForObject("SELECT id FROM visit WHERE participant_id = ?", Long.class,
				this.participant);
		String url = visits() + "/" + visit;
		HttpResponse<String> page = this.kariBrowser.get(url);
		assertThat(page.body()).contains("Ikke hjemme");
		String version = version(page.body());
		assertThat(version).isEqualTo("0");

		HttpResponse<String> voided = this.kariBrowser.post(url + "/void",
				Map.of("version", version, "reason", "WRONG_PARTICIPANT", "comment", "Var hos naboen, ikke henne"));
		assertThat(voided.statusCode()).as(voided.body()).isEqualTo(302);
		assertThat(voided.headers().firstValue("Location").orElseThrow()).endsWith(url);
		assertThat(this.kariBrowser.get(url).body()).contains("Besøket er annullert.")
			.contains("Grunn: Ført på feil person")
			.contains("Kommentar: Var hos naboen, ikke henne")
			.contains(this.kari.fullName());

		// The same form again: the visit changed since that page, so a conflict.
		assertThat(this.kariBrowser.post(url + "/void", Map.of("version", version, "reason", "DUPLICATE")).statusCode())
			.isEqualTo(409);
		// Even with the current version: voided once only.
		HttpResponse<String> again = this.kariBrowser.post(url + "/void",
				Map.of("version", "1", "reason", "DUPLICATE"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Besøket er allerede annullert.");
		// Nor corrected afterwards.
		HttpResponse<String> edit = this.kariBrowser.get(url + "/edit");
		assertThat(edit.statusCode()).isEqualTo(302);
		assertThat(edit.headers().firstValue("Location").orElseThrow()).endsWith(url);
		HttpResponse<String> corrected = this.kariBrowser.post(url + "/edit",
				Map.of("version", "1", "date", TODAY.toString(), "kind", "PHONE", "contact", "true"));
		assertThat(corrected.statusCode()).isEqualTo(200);
		assertThat(corrected.body()).contains("Besøket er annullert og kan ikke rettes.");

		assertThat(this.owner.queryForObject(
				"SELECT void_reason || ' ' || voided_by || ' ' || kind || ' ' || version FROM visit WHERE id = ?",
				String.class, visit))
			.isEqualTo("WRONG_PARTICIPANT " + this.kari.id() + " HOME_VISIT 1");
		assertThat(this.owner.queryForObject("SELECT count(*) FROM visit_correction WHERE visit_id = ?", Long.class,
				visit))
			.isZero();
		assertThat(this.owner.queryForObject("SELECT count(*) FROM audit_event WHERE record_type = 'VISIT' "
				+ "AND record_id = ? AND action = 'UPDATE' AND outcome = 'ALLOWED'", Long.class, visit))
			.isEqualTo(1);
	}

	@Test
	void aVoidFromAPageOlderThanTheVisitIsAConflictThatKeepsTheChoice() {
		long visit = logWithContact();
		String url = visits() + "/" + visit;
		String seen = version(this.kariBrowser.get(url).body());
		// Meanwhile Ola corrects it.
		this.olaBrowser.get(url + "/edit");
		assertThat(this.olaBrowser
			.post(url + "/edit", Map.of("version", "0", "date", TODAY.toString(), "kind", "PHONE", "contact", "true"))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> stale = this.kariBrowser.post(url + "/void",
				Map.of("version", seen, "reason", "DUPLICATE", "comment", "Ført fra to telefoner"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har endret dette besøket")
			.contains("Ført fra to telefoner</textarea>")
			.contains("Telefon");
		assertThat(voided(visit)).isFalse();
		// Having seen the visit as it is now, she voids it from the conflict page.
		HttpResponse<String> resent = this.kariBrowser.post(url + "/void",
				Map.of("version", version(stale.body()), "reason", "DUPLICATE", "comment", "Ført fra to telefoner"));
		assertThat(resent.statusCode()).as(resent.body()).isEqualTo(302);
		assertThat(voided(visit)).isTrue();
	}

	@Test
	void twoVoidsAtOnceVoidOnce() throws Exception {
		for (int round = 0; round < 5; round++) {
			long visit = logWithContact();
			String url = visits() + "/" + visit;
			this.kariBrowser.get(url);
			this.olaBrowser.get(url);
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
			for (Browserless browser : List.of(this.kariBrowser, this.olaBrowser)) {
				String reason = (browser == this.kariBrowser) ? "DUPLICATE" : "WRONG_PARTICIPANT";
				posts.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return browser.post(url + "/void", Map.of("version", "0", "reason", reason));
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (CompletableFuture<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get();
				statuses.add(response.statusCode());
				if (response.statusCode() == 409) {
					assertThat(response.body()).contains("Noen andre har endret dette besøket");
				}
			}
			assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(302, 409);
			assertThat(this.owner.queryForObject("SELECT version FROM visit WHERE id = ?", Integer.class, visit))
				.isEqualTo(1);
			assertThat(
					this.owner.queryForObject(
							"SELECT count(*) FROM audit_event WHERE record_type = 'VISIT' "
									+ "AND record_id = ? AND action = 'UPDATE' AND outcome = 'ALLOWED'",
							Long.class, visit))
				.isEqualTo(1);
		}
	}

	@Test
	void theDatabaseKeepsTheRulesAgainstTheRuntimeRole() throws SQLException {
		long visit = logWithContact();
		this.owner.update("UPDATE visit SET note = 'Notat' WHERE id = ?", visit);
		String url = visits() + "/" + visit;
		this.kariBrowser.get(url);
		assertThat(this.kariBrowser.post(url + "/void", Map.of("version", "0", "reason", "DUPLICATE")).statusCode())
			.isEqualTo(302);
		long other = logWithContact();
		try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("DELETE FROM visit WHERE id = " + visit))
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("UPDATE visit SET note = 'x' WHERE id = " + visit))
				.hasMessageContaining("is voided and cannot change");
			assertThatThrownBy(() -> statement
				.execute("UPDATE visit SET voided_at = NULL, voided_by = NULL, void_reason = NULL WHERE id = " + visit))
				.hasMessageContaining("is voided and cannot change");
			// Its texts are emptied only by an erasure of the participant (V035), not
			// before.
			assertThatThrownBy(() -> statement.execute("UPDATE visit SET note = NULL WHERE id = " + visit))
				.hasMessageContaining("is voided and cannot change");
			// A visit that is not voided is still corrected as before.
			assertThat(statement.executeUpdate("UPDATE visit SET note = 'x' WHERE id = " + other)).isEqualTo(1);
			// A new attempt without a reason is refused; an old one (marked by V013) is
			// not.
			String attempt = "INSERT INTO visit (participant_id, visit_date, kind, contact, submission_key, created_by"
					+ "%s) VALUES (" + this.participant + ", current_date, 'HOME_VISIT', FALSE, gen_random_uuid(), "
					+ this.kari.id() + "%s)";
			assertThatThrownBy(() -> statement.execute(attempt.formatted("", "")))
				.hasMessageContaining("visit_no_contact_reason_required");
			assertThat(statement.executeUpdate(attempt.formatted(", legacy_no_reason", ", TRUE"))).isEqualTo(1);
			assertThatThrownBy(() -> statement
				.execute(attempt.formatted(", no_contact_reason, no_contact_text", ", 'NOT_HOME', 'Sov'")))
				.hasMessageContaining("visit_no_contact_text_for_other");
			assertThatThrownBy(
					() -> statement.execute(attempt.formatted(", legacy_no_reason, no_contact_text", ", TRUE, 'Sov'")))
				.hasMessageContaining("visit_no_contact_text_for_other");
		}
		assertThat(voided(visit)).isTrue();
	}

	private long logWithContact() {
		this.kariBrowser.get(visits() + "/new");
		HttpResponse<String> logged = this.kariBrowser.post(visits() + "/new", Map.of("key",
				UUID.randomUUID().toString(), "date", TODAY.toString(), "kind", "HOME_VISIT", "contact", "true"));
		assertThat(logged.statusCode()).isEqualTo(302);
		return this.owner.queryForObject("SELECT max(id) FROM visit WHERE participant_id = ?", Long.class,
				this.participant);
	}

	private boolean voided(long visit) {
		return this.owner.queryForObject("SELECT voided_at IS NOT NULL FROM visit WHERE id = ?", Boolean.class, visit);
	}

	private Browserless loggedIn(String username) {
		Browserless browser = new Browserless(this.port);
		browser.login(username, TestStaff.PASSWORD);
		browser.get("/participants/" + this.participant + "/visits");
		return browser;
	}

	private String visits() {
		return "/participants/" + this.participant + "/visits";
	}

	private static String version(String html) {
		Matcher matcher = VERSION.matcher(html);
		assertThat(matcher.find()).as("a version in the page").isTrue();
		return matcher.group(1);
	}

}
