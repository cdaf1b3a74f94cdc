package no.kommune.housingfirst.shared.security;

import java.net.http.HttpResponse;
import java.util.Map;

import no.kommune.housingfirst.HousingFirstApplication;
import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security as a browser meets it on a real port: sessions in PostgreSQL shared by two
 * instances, a new session id at login, headers on every kind of response, error pages
 * that show a reference and nothing of the inside.
 */
@ServerTest
class ServerSecurityTest {

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	CurrentUser caseworker;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.caseworker = this.staff.withRole(Role.CASEWORKER);
	}

	@Test
	void theSessionIdChangesAtLogin() {
		Browserless browser = new Browserless(this.port);
		browser.get("/login");
		String before = browser.sessionCookie();
		assertThat(before).isNotNull();
		HttpResponse<String> login = browser.post("/login",
				Map.of("username", this.caseworker.getUsername(), "password", TestStaff.PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).isEqualTo("/");
		assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("HFSESSION=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void sessionsLiveInPostgresWithAThirtyMinuteIdleTimeout() {
		Browserless browser = new Browserless(this.port);
		browser.login(this.caseworker.getUsername(), TestStaff.PASSWORD);
		JdbcTemplate owner = owner();
		assertThat(owner.queryForObject("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?",
				Integer.class, this.caseworker.getUsername()))
			.isEqualTo(30 * 60);
	}

	@Test
	void behindAnHttpsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		// Loopback counts as an internal proxy, so its X-Forwarded-Proto is believed.
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.header("Accept", "text/html")
			.GET()
			.build();
		var response = java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("HFSESSION=").contains("Secure"));
	}

	@Test
	void logoutEndsTheSessionOnTheServer() {
		Browserless browser = new Browserless(this.port);
		browser.login(this.caseworker.getUsername(), TestStaff.PASSWORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		String session = browser.sessionCookie();
		assertThat(browser.post("/logout", Map.of()).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?logout");

		Browserless replay = new Browserless(this.port);
		replay.get("/login");
		// The old session cookie, replayed, no longer gets anyone in.
		HttpResponse<String> response = replayWithCookie(session);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void twoInstancesShareOneLogin() {
		Browserless browser = new Browserless(this.port);
		browser.login(this.caseworker.getUsername(), TestStaff.PASSWORD);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(HousingFirstApplication.class)
			.profiles("test")
			.properties("server.port=0", "spring.datasource.url=" + this.database.jdbcUrl(),
					"spring.datasource.username=" + DatabaseRoles.APP,
					"spring.datasource.password=" + DatabaseRoles.APP, "spring.flyway.enabled=false")
			.run()) {
			int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			assertThat(otherPort).isNotEqualTo(this.port);
			HttpResponse<String> home = browser.at(otherPort).get("/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains(this.caseworker.fullName());
		}
	}

	@Test
	void headersOnPagesRedirectsAndErrors() {
		Browserless browser = new Browserless(this.port);
		HttpResponse<String> redirect = browser.get("/");
		HttpResponse<String> page = browser.get("/login");
		browser.login(this.caseworker.getUsername(), TestStaff.PASSWORD);
		HttpResponse<String> forbidden = browser.get("/admin/staff");
		HttpResponse<String> notFound = browser.get("/admin/staff/abc");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		for (HttpResponse<String> response : java.util.List.of(redirect, page, forbidden, notFound)) {
			assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("default-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		}
		assertThat(forbidden.body()).contains("Du har ikke tilgang til denne siden")
			.contains("Referanse:")
			.doesNotContain("??");
	}

	@Test
	void aServerErrorShowsAReferenceAndNoInternals() {
		Browserless browser = new Browserless(this.port);
		browser.login(this.caseworker.getUsername(), TestStaff.PASSWORD);
		JdbcTemplate owner = owner();
		// Take away the runtime role's right to read sections: the next page fails deep
		// in SQL.
		owner.execute("REVOKE SELECT ON section FROM " + DatabaseRoles.APP);
		try {
			HttpResponse<String> response = browser.get("/");
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).contains("Noe gikk galt hos oss")
				.contains("Ingenting av det du sendte er lagret")
				.containsPattern("<code class=\"reference\">[0-9a-f]{8}</code>")
				.doesNotContainIgnoringCase("exception")
				.doesNotContainIgnoringCase("permission denied")
				.doesNotContainIgnoringCase("select ")
				.doesNotContain("no.kommune")
				.doesNotContain("at org.");
			assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		}
		finally {
			owner.execute("GRANT SELECT ON section TO " + DatabaseRoles.APP);
		}
	}

	@Test
	void badRequestsGetTheErrorPageToo() {
		Browserless browser = new Browserless(this.port);
		browser.login(this.caseworker.getUsername(), TestStaff.PASSWORD);
		HttpResponse<String> response = browser.get("/?lang=xx");
		assertThat(response.statusCode()).isEqualTo(200);
		HttpResponse<String> english = browser.get("/?lang=en");
		assertThat(english.body()).contains("Your roles").contains("lang=\"en\"");
		assertThat(browser.get("/").body()).contains("Your roles");
		assertThat(browser.get("/?lang=nb").body()).contains("Dine roller");
	}

	private JdbcTemplate owner() {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

	private HttpResponse<String> replayWithCookie(String session) {
		try {
			var request = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/"))
				.header("Cookie", "HFSESSION=" + session)
				.GET()
				.build();
			return java.net.http.HttpClient.newHttpClient()
				.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
