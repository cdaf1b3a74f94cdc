package no.kommune.housingfirst.visitlog;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.audit.AuditChain;
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

/**
 * The visit route as the phone's offline queue uses it (docs/adr/0012), over real HTTP
 * with real commits: JSON that says stored, refused (with the message) or retry; a key
 * sent again is stored once; the audit row keeps when the phone recorded the visit; only
 * the session of the person who queued it may send it.
 */
@ServerTest
class QueuedVisitServerTest {

	static final String JSON = "application/json";

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
	AuditChain chain;

	CurrentUser kari;

	long participant;

	long elsewhere;

	Browserless browser;

	JdbcTemplate owner;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		long section = this.staff.section();
		long team = this.staff.team(section);
		long otherTeam = this.staff.team(section);
		this.kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		CurrentUser anne = this.staff.person("anne", Set.of(Role.CASEWORKER), Set.of(otherTeam), Set.of());
		this.staff.person("sissel", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(this.kari);
		this.elsewhere = this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(anne);
		this.browser = loggedIn("kari");
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

	@Test
	void aQueuedVisitIsStoredOnceAndAuditedWithWhenThePhoneRecordedIt() {
		Instant onPhone = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
		Map<String, String> form = queued(UUID.randomUUID().toString(), TODAY, onPhone);

		HttpResponse<String> first = this.browser.post(url(this.participant), form, JSON);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith(JSON);
		assertThat(first.body()).contains("\"status\":\"stored\"").contains("\"next\":\"/my-week\"");
		// Sent again (the answer was lost on the way): the same visit, not a second.
		HttpResponse<String> again = this.browser.post(url(this.participant), form, JSON);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("\"status\":\"stored\"");
		assertThat(visits(this.participant)).isEqualTo(1);

		Map<String, Object> audited = this.owner.queryForMap("""
				SELECT recorded_at, occurred_at FROM audit_event
				WHERE record_type = 'VISIT' AND action = 'CREATE' AND participant_id = ?""", this.participant);
		assertThat(((java.sql.Timestamp) audited.get("recorded_at")).toInstant()).isEqualTo(onPhone);
		assertThat(((java.sql.Timestamp) audited.get("occurred_at")).toInstant()).isAfter(onPhone);
		// The participant's access log says so.
		HttpResponse<String> accessLog = this.browser.get("/participants/" + this.participant + "/access-log");
		assertThat(accessLog.statusCode()).isEqualTo(200);
		assertThat(accessLog.body()).containsOnlyOnce("Ført på telefonen uten nett");
		// The trail's chain covers the new field and still verifies.
		AuditChain.Verification verification = this.chain.verify();
		assertThat(verification.brokenAt()).as(verification.problem()).isNull();
		this.owner.update("ALTER TABLE audit_event DISABLE TRIGGER USER");
		try {
			this.owner.update("UPDATE audit_event SET recorded_at = recorded_at - interval '1 day' "
					+ "WHERE recorded_at IS NOT NULL");
		}
		finally {
			this.owner.update("ALTER TABLE audit_event ENABLE TRIGGER USER");
		}
		assertThat(this.chain.verify().brokenAt()).as("a changed phone time breaks the chain").isNotNull();
	}

	@Test
	void aPhoneClockAheadOfTheServerIsRecordedAsTheTimeItArrived() {
		Instant ahead = Instant.now().plus(2, ChronoUnit.DAYS);
		HttpResponse<String> response = this.browser.post(url(this.participant),
				queued(UUID.randomUUID().toString(), TODAY, ahead), JSON);
		assertThat(response.statusCode()).isEqualTo(200);
		Instant recorded = this.owner
			.queryForObject("SELECT recorded_at FROM audit_event WHERE record_type = 'VISIT' AND action = 'CREATE' "
					+ "AND participant_id = ?", java.sql.Timestamp.class, this.participant)
			.toInstant();
		assertThat(recorded).isBefore(ahead.minus(1, ChronoUnit.DAYS));
	}

	@Test
	void aRefusedVisitGetsTheMessageToShowAndNothingIsStored() {
		HttpResponse<String> tooOld = this.browser.post(url(this.participant),
				queued(UUID.randomUUID().toString(), TODAY.minusDays(70), Instant.now()), JSON);
		assertThat(tooOld.statusCode()).isEqualTo(422);
		assertThat(tooOld.body()).contains("\"status\":\"refused\"")
			.contains("Dato: Et besøk kan føres høyst 60 dager tilbake i tid.");

		Map<String, String> noContact = queued(UUID.randomUUID().toString(), TODAY, Instant.now());
		noContact.remove("contact");
		HttpResponse<String> missing = this.browser.post(url(this.participant), noContact, JSON);
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("Kontakt: ");

		Map<String, String> noKey = queued("", TODAY, Instant.now());
		HttpResponse<String> keyless = this.browser.post(url(this.participant), noKey, JSON);
		assertThat(keyless.statusCode()).isEqualTo(422);
		assertThat(keyless.body()).contains("Besøket mangler skjemaets nøkkel.");

		// Another team's participant (moved while the visit waited on the phone):
		// refused,
		// as the 404 it is for the plain form.
		HttpResponse<String> moved = this.browser.post(url(this.elsewhere),
				queued(UUID.randomUUID().toString(), TODAY, Instant.now()), JSON);
		assertThat(moved.statusCode()).isEqualTo(404);
		assertThat(moved.body()).contains("\"status\":\"refused\"")
			.contains("Deltakeren finnes ikke eller er ikke lenger på teamet ditt.");
		assertThat(visits(this.participant) + visits(this.elsewhere)).isZero();
	}

	@Test
	void onlyTheSessionOfThePersonWhoQueuedItSendsIt() {
		Map<String, String> form = queued(UUID.randomUUID().toString(), TODAY, Instant.now());
		form.put("queuedBy", String.valueOf(this.kari.id() + 1000));
		HttpResponse<String> other = this.browser.post(url(this.participant), form, JSON);
		assertThat(other.statusCode()).isEqualTo(409);
		assertThat(other.body()).contains("ført av en annen bruker");
		assertThat(visits(this.participant)).isZero();

		// Not logged in (the session ended while the visit waited): the login page,
		// nothing
		// stored; the script keeps the visit.
		Browserless anonymous = new Browserless(this.port);
		anonymous.get("/login");
		HttpResponse<String> ended = anonymous.post(url(this.participant),
				queued(UUID.randomUUID().toString(), TODAY, Instant.now()), JSON);
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		// A section leader does not log visits.
		Browserless leader = loggedIn("sissel");
		leader.get("/");
		HttpResponse<String> denied = leader.post(url(this.participant),
				queued(UUID.randomUUID().toString(), TODAY, Instant.now()), JSON);
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(visits(this.participant)).isZero();
	}

	@Test
	void whenTheDatabaseCannotSaveThePhoneIsToldToTryAgainAndTheResendSavesOnce() {
		Map<String, String> form = queued(UUID.randomUUID().toString(), TODAY, Instant.now());
		this.owner.execute("REVOKE INSERT ON visit FROM " + DatabaseRoles.APP);
		HttpResponse<String> failed;
		try {
			failed = this.browser.post(url(this.participant), form, JSON);
		}
		finally {
			this.owner.execute("GRANT INSERT ON visit TO " + DatabaseRoles.APP);
		}
		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(failed.body()).contains("\"status\":\"retry\"").doesNotContainIgnoringCase("permission");
		assertThat(visits(this.participant)).isZero();
		assertThat(this.browser.post(url(this.participant), form, JSON).body()).contains("\"status\":\"stored\"");
		assertThat(this.browser.post(url(this.participant), form, JSON).body()).contains("\"status\":\"stored\"");
		assertThat(visits(this.participant)).isEqualTo(1);
	}

	@Test
	void thePlainFormStillGetsItsPageAndRedirect() {
		Map<String, String> form = queued(UUID.randomUUID().toString(), TODAY, Instant.now());
		HttpResponse<String> plain = this.browser.post(url(this.participant), form);
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(plain.headers().firstValue("Location").orElseThrow()).endsWith("/my-week");
		assertThat(this.browser.post(url(this.participant), form, "*/*").statusCode()).isEqualTo(302);
		assertThat(visits(this.participant)).isEqualTo(1);
		// Stored from the form itself, not from a queue: no phone time in the audit row.
		assertThat(this.owner.queryForObject(
				"SELECT count(*) FROM audit_event WHERE action = 'CREATE' AND recorded_at IS NOT NULL", Long.class))
			.isZero();
	}

	@Test
	void theManifestAndTheServiceWorkerAreServedToAnyoneUnderTheContentSecurityPolicy() {
		Browserless anonymous = new Browserless(this.port);
		HttpResponse<String> manifest = anonymous.get("/manifest.json");
		assertThat(manifest.statusCode()).isEqualTo(200);
		assertThat(manifest.body()).contains("\"start_url\": \"/my-week\"");
		HttpResponse<String> worker = anonymous.get("/sw.js");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
		assertThat(worker.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(anonymous.get("/js/offline.js").statusCode()).isEqualTo(200);
		HttpResponse<String> myWeek = this.browser.get("/my-week");
		assertThat(myWeek.body()).contains("<link rel=\"manifest\" href=\"/manifest.json\">")
			.contains("<script src=\"/js/offline.js\" defer></script>")
			.contains("name=\"hf-offline-user\" content=\"" + this.kari.id() + "\"");
	}

	private Browserless loggedIn(String username) {
		Browserless client = new Browserless(this.port);
		client.login(username, TestStaff.PASSWORD);
		client.get("/participants");
		return client;
	}

	private Map<String, String> queued(String key, LocalDate date, Instant recordedAt) {
		Map<String, String> form = new HashMap<>();
		form.put("key", key);
		form.put("date", date.toString());
		form.put("kind", "HOME_VISIT");
		form.put("contact", "true");
		form.put("from", "my-week");
		form.put("queuedBy", String.valueOf(this.kari.id()));
		form.put("recordedAt", recordedAt.toString());
		form.put("queued", "true");
		return form;
	}

	private static String url(long participant) {
		return "/participants/" + participant + "/visits/new";
	}

	private long visits(long participant) {
		return this.owner.queryForObject("SELECT count(*) FROM visit WHERE participant_id = ?", Long.class,
				participant);
	}

}
