package no.kommune.housingfirst.staff;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.shared.TimeConfiguration;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, through the real login form and with real commits: a person an
 * administrator creates, or whose password an administrator resets, changes it before
 * anything else; a caseworker deactivated while following participants leaves them on the
 * section leader's list until each has a new caseworker.
 */
@ServerTest
class StaffLifecycleServerTest {

	static final String START_PASSWORD = "et langt og godt startpassord";

	static final String OWN_PASSWORD = "bare jeg vet dette passordet nå";

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

	long team;

	@BeforeEach
	void emptyDatabase() {
		this.database.truncateAll();
		this.throttle.reset();
		this.team = this.staff.team(this.staff.section());
		this.staff.person("sjef", Set.of(Role.ADMIN), Set.of(), Set.of());
	}

	@Test
	void aNewPersonChangesTheStartPasswordBeforeAnythingElse() {
		Browserless admin = loggedIn("sjef", TestStaff.PASSWORD);
		admin.get("/admin/staff/new");
		HttpResponse<String> created = admin.post("/admin/staff/new",
				Map.of("username", "nyansatt", "fullName", "Nina Nyansatt", "password", START_PASSWORD, "roles",
						"CASEWORKER", "teamIds", String.valueOf(this.team)));
		assertThat(created.statusCode()).isEqualTo(302);

		Browserless nina = new Browserless(this.port);
		assertThat(location(nina.login("nyansatt", START_PASSWORD))).endsWith("/");
		for (String page : new String[] { "/", "/participants", "/my-week", "/admin/staff" }) {
			assertThat(location(nina.get(page))).as(page).endsWith("/account/password");
		}
		HttpResponse<String> form = nina.get("/account/password");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Du må velge et nytt passord før du kan gå videre.");
		assertThat(nina.get("/css/app.css").statusCode()).isEqualTo(200);
		assertThat(location(nina.post("/participants/new", Map.of("fullName", "Ingen Skal Lagres"))))
			.endsWith("/account/password");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM participant", Integer.class)).isZero();

		// Keeping the start password is refused, and changes nothing.
		HttpResponse<String> same = changePassword(nina, START_PASSWORD, START_PASSWORD);
		assertThat(same.statusCode()).isEqualTo(200);
		assertThat(same.body()).contains("Det nye passordet må være et annet enn det du har nå.");
		assertThat(location(nina.get("/"))).endsWith("/account/password");

		// A password of her own: the home page, and every other page, open up.
		assertThat(location(changePassword(nina, START_PASSWORD, OWN_PASSWORD))).endsWith("/");
		HttpResponse<String> home = nina.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Passordet er byttet.").contains("Nina Nyansatt");
		assertThat(nina.get("/participants").statusCode()).isEqualTo(200);

		// The start password is gone; the new one logs straight in.
		assertThat(location(new Browserless(this.port).login("nyansatt", START_PASSWORD))).endsWith("/login?error");
		Browserless again = new Browserless(this.port);
		assertThat(location(again.login("nyansatt", OWN_PASSWORD))).endsWith("/");
		assertThat(again.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aResetPasswordMustBeChangedAndBitesAtOnceInAnOpenSession() {
		CurrentUser nav = this.staff.person("navveileder", Set.of(Role.NAV), Set.of(), Set.of());
		Browserless session = loggedIn("navveileder", TestStaff.PASSWORD);
		assertThat(session.get("/nav/first-rent").statusCode()).isEqualTo(200);

		Browserless admin = loggedIn("sjef", TestStaff.PASSWORD);
		admin.get("/admin/staff/" + nav.id());
		assertThat(
				location(admin.post("/admin/staff/" + nav.id() + "/password", Map.of("newPassword", START_PASSWORD))))
			.endsWith("/admin/staff/" + nav.id());
		assertThat(admin.get("/admin/staff/" + nav.id()).body())
			.contains("Nytt passord er satt. Personen må bytte det ved neste innlogging.")
			.contains("Personen må bytte passord ved neste innlogging.");

		// The session that was open before the reset is held at the password page too.
		assertThat(location(session.get("/nav/first-rent"))).endsWith("/account/password");

		Browserless fresh = new Browserless(this.port);
		assertThat(location(fresh.login("navveileder", START_PASSWORD))).endsWith("/");
		assertThat(location(fresh.get("/nav/first-rent"))).endsWith("/account/password");
		fresh.get("/account/password");
		assertThat(location(changePassword(fresh, START_PASSWORD, OWN_PASSWORD))).endsWith("/");
		assertThat(fresh.get("/nav/first-rent").statusCode()).isEqualTo(200);
		assertThat(session.get("/nav/first-rent").statusCode()).isEqualTo(200);
	}

	@Test
	void aDeactivatedCaseworkersParticipantsWaitForTheSectionLeaderUntilEachHasANewOne() {
		long section = this.jdbc.queryForObject("SELECT section_id FROM team WHERE id = ?", Long.class, this.team);
		this.staff.person("leder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(this.team), Set.of());
		CurrentUser ola = this.staff.person("ola", Set.of(Role.CASEWORKER), Set.of(this.team), Set.of());
		LocalDate included = LocalDate.now(TimeConfiguration.OSLO).minusDays(10);
		long first = this.participants.aParticipant().named("Frida Første").includedOn(included).by(kari);
		long second = this.participants.aParticipant().named("Anders Andre").includedOn(included).by(kari);
		Browserless kariSession = loggedIn("kari", TestStaff.PASSWORD);

		Browserless admin = loggedIn("sjef", TestStaff.PASSWORD);
		String page = admin.get("/admin/staff/" + kari.id()).body();
		assertThat(page).contains("Test kari er booppfølger for 2 aktive deltakere.")
			.contains("Seksjonsleder: Test leder")
			.contains("Deaktiver likevel")
			.doesNotContain("Frida Første");
		assertThat(location(admin.post("/admin/staff/" + kari.id() + "/deactivate", Map.of())))
			.endsWith("/admin/staff/" + kari.id());
		assertThat(location(kariSession.get("/participants"))).endsWith("/login?expired");

		Browserless leader = loggedIn("leder", TestStaff.PASSWORD);
		assertThat(leader.get("/participants").body()).contains("2 deltakere i seksjonen din må få ny booppfølger.");
		assertThat(leader.get("/participants/to-reassign").body()).contains("Frida Første")
			.contains("Anders Andre")
			.contains("(deaktivert)");

		for (long participant : new long[] { first, second }) {
			leader.get("/participants/" + participant + "/assign?from=to-reassign");
			// First without a caseworker (refused, nothing saved), then with Ola.
			HttpResponse<String> refused = leader.post("/participants/" + participant + "/assign", Map.of("teamId",
					String.valueOf(this.team), "primaryCaseworkerId", "", "version", "0", "from", "to-reassign"));
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(primaryOf(participant)).isEqualTo(kari.id());
			assertThat(location(leader.post("/participants/" + participant + "/assign",
					Map.of("teamId", String.valueOf(this.team), "primaryCaseworkerId", String.valueOf(ola.id()),
							"reason", "Kari har sluttet", "version", "0", "from", "to-reassign"))))
				.endsWith("/participants/to-reassign");
			assertThat(primaryOf(participant)).isEqualTo(ola.id());
		}
		HttpResponse<String> done = leader.get("/participants/to-reassign");
		assertThat(done.body()).contains("Deltakeren er flyttet.")
			.contains("Alle aktive deltakere i seksjonen din har booppfølgere i teamet sitt.")
			.doesNotContain("Frida Første");
		assertThat(leader.get("/participants").body()).doesNotContain("må få ny booppfølger");
		assertThat(admin.get("/admin/staff/" + kari.id()).body()).doesNotContain("id=\"handover\"");
	}

	private Browserless loggedIn(String username, String password) {
		Browserless browser = new Browserless(this.port);
		assertThat(location(browser.login(username, password))).endsWith("/");
		return browser;
	}

	private static HttpResponse<String> changePassword(Browserless browser, String current, String next) {
		return browser.post("/account/password",
				Map.of("currentPassword", current, "newPassword", next, "confirmation", next));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	private long primaryOf(long participant) {
		return this.jdbc.queryForObject("SELECT primary_caseworker_id FROM participant WHERE id = ?", Long.class,
				participant);
	}

}
