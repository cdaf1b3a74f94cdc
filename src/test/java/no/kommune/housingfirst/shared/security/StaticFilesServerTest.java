package no.kommune.housingfirst.shared.security;

import java.net.http.HttpResponse;

import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.QueryCounter;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stylesheets, scripts, images and webjars cost no SQL at all, signed in or not (issue
 * 14: a stylesheet cost 8 statements: the session read and written back, the staff member
 * reloaded), and still carry the security headers; a page still reads the session and the
 * person.
 */
@ServerTest
class StaticFilesServerTest {

	static final String[] FILES = { "/css/app.css", "/css/print.css", "/js/app.js", "/images/favicon.svg",
			"/manifest.json", "/sw.js", "/webjars/bootstrap/css/bootstrap.min.css" };

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
	}

	@Test
	void staticFilesCostNoSqlSignedInOrNot() {
		CurrentUser kari = this.staff.withRole(Role.CASEWORKER);
		Browserless signedIn = new Browserless(this.port);
		signedIn.login(kari.getUsername(), TestStaff.PASSWORD);
		assertThat(signedIn.get("/").statusCode()).isEqualTo(200);
		Browserless anonymous = new Browserless(this.port);
		for (Browserless browser : new Browserless[] { signedIn, anonymous }) {
			for (String file : FILES) {
				QueryCounter.reset();
				HttpResponse<String> response = browser.get(file);
				assertThat(response.statusCode()).as(file).isEqualTo(200);
				assertThat(QueryCounter.count()).as("SQL statements for " + file).isZero();
				assertThat(response.headers().firstValue("Content-Security-Policy")).as(file)
					.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
				assertThat(response.headers().firstValue("X-Content-Type-Options")).as(file).hasValue("nosniff");
				assertThat(response.headers().firstValue("Set-Cookie")).as(file).isEmpty();
				assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValue("max-age=604800");
			}
		}
		// A page still reads the session and the person.
		QueryCounter.reset();
		assertThat(signedIn.get("/my-week").statusCode()).isEqualTo(200);
		assertThat(QueryCounter.count()).isPositive();
		// A file that is not there is a 404, not a login page.
		assertThat(anonymous.get("/css/finnes-ikke.css").statusCode()).isEqualTo(404);
		// The files' mappings come before the controllers' and take only their own
		// addresses: a page or a missing address next to them is not looked up as a file.
		assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
		assertThat(signedIn.get("/finnes-ikke").statusCode()).isEqualTo(404);
		assertThat(signedIn.get("/favicon.ico").statusCode()).isEqualTo(404);
	}

}
