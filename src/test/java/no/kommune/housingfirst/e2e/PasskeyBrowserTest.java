package no.kommune.housingfirst.e2e;

import java.util.Set;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.SecondFactors;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestDatabaseConfiguration;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A passkey as the second factor in a real Chromium, with its virtual authenticator
 * (DevTools protocol: {@code WebAuthn.enable}, {@code WebAuthn.addVirtualAuthenticator})
 * in place of a fingerprint: created at the first login, used at the next; a password
 * alone cannot add a passkey once one exists, and Spring's passwordless passkey login is
 * closed. A passkey is bound to its origin, so this test runs on a fixed port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "server.port=" + PasskeyBrowserTest.PORT,
				"housingfirst.security.second-factor.origins=http://localhost:" + PasskeyBrowserTest.PORT,
				"housingfirst.security.second-factor.required-roles=CASEWORKER,ADMIN" })
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class PasskeyBrowserTest {

	static final int PORT = 47613;

	static Chromium chromium;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecondFactors factors;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void emptyDatabase() {
		this.database.truncateAll();
		this.throttle.reset();
	}

	@Test
	void createAPasskeyAtTheFirstLoginAndUseItAtTheNext() {
		long team = this.staff.team(this.staff.section());
		this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		Page page = chromium.newPage(360, 740);
		CDPSession devtools = page.context().newCDPSession(page);
		devtools.send("WebAuthn.enable");
		JsonObject options = new JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", true);
		options.addProperty("automaticPresenceSimulation", true);
		JsonObject add = new JsonObject();
		add.add("options", options);
		devtools.send("WebAuthn.addVirtualAuthenticator", add);

		logIn(page);
		assertThat(page).hasURL(url("/account/second-factor"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passnøkkel"))).isVisible();
		Chromium.assertAccessible(page);
		page.getByLabel("Navn på passnøkkelen").fill("Karis telefon");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lag passnøkkel")).click();
		assertThat(page).hasURL(url("/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hei, Test kari");
		assertThat(this.jdbc.queryForList("""
				SELECT c.label FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				WHERE e.name = 'kari'""", String.class)).containsExactly("Karis telefon");

		// Next login: the passkey, no code.
		page.context().clearCookies();
		logIn(page);
		assertThat(page).hasURL(url("/account/second-factor"));
		assertThat(page.getByLabel("Kode fra appen")).hasCount(0);
		Chromium.assertAccessible(page);
		// A password alone cannot add another passkey now, nor log in with Spring's
		// passwordless endpoint.
		String csrf = page.locator("input[name='_csrf']").first().inputValue();
		assertThat(status(page, "/webauthn/register/options", csrf)).isEqualTo(403);
		assertThat(status(page, "/login/webauthn", csrf)).isEqualTo(404);
		// A made-up assertion is refused and counted as a failed login.
		assertThat(status(page, "/account/second-factor/passkey", csrf)).isEqualTo(401);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM login_failure WHERE username = 'kari'", Integer.class))
			.isOne();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bruk passnøkkel")).click();
		assertThat(page).hasURL(url("/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hei, Test kari");
		// With the second factor shown, adding another passkey is allowed.
		assertThat(status(page, "/webauthn/register/options", csrf)).isEqualTo(200);

		// An administrator's reset removes the passkey too.
		this.factors.reset(this.jdbc.queryForObject("SELECT id FROM staff_member WHERE username = 'kari'", Long.class),
				"admin");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_credentials", Integer.class)).isZero();
	}

	private static int status(Page page, String path, String csrf) {
		return ((Number) page.evaluate(
				"async ([path, csrf]) => (await fetch(path, {method: 'POST', "
						+ "headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf}, body: '{}'})).status",
				java.util.List.of(path, csrf)))
			.intValue();
	}

	private void logIn(Page page) {
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill("kari");
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
	}

	private static String url(String path) {
		return "http://localhost:" + PORT + path;
	}

}
