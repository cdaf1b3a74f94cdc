package no.kommune.housingfirst.shared.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office behind one address, over real HTTP: every browser here comes from 127.0.0.1,
 * as a whole municipal office comes from its one public address. An attacker there sprays
 * made-up usernames; a colleague's correct password still logs in. And the counters live
 * in PostgreSQL, so a second instance sees the same ones.
 */
@ServerTest
class LoginThrottleServerTest {

	private static final String OFFICE = "127.0.0.1";

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	SecurityProperties properties;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		long team = this.staff.team(this.staff.section());
		this.staff.person("kollega", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("offer", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
	}

	@Test
	void aColleaguesCorrectLoginSucceedsWhileAnAttackerBehindTheSameAddressSprays() {
		Browserless attacker = new Browserless(this.port);
		attacker.get("/login");
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> attempt = attacker.post("/login",
					Map.of("username", "oppdiktet" + i, "password", "Sommer2026!"));
			assertThat(attempt.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}
		// The address is slowed down (within the bound), not shut.
		LoginThrottle.Decision office = this.throttle.check(OFFICE, "kollega");
		assertThat(office.refused()).isFalse();
		assertThat(office.delay()).isPositive().isLessThanOrEqualTo(this.properties.delayMax());

		Browserless colleague = new Browserless(this.port);
		HttpResponse<String> login = colleague.login("kollega", TestStaff.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		assertThat(colleague.get("/").statusCode()).isEqualTo(200);

		// While the attack goes on, the colleague still gets in, every time.
		for (int i = 30; i < 40; i++) {
			attacker.post("/login", Map.of("username", "oppdiktet" + i, "password", "Passord2026"));
			Browserless again = new Browserless(this.port);
			assertThat(again.login("kollega", TestStaff.PASSWORD).headers().firstValue("Location").orElseThrow())
				.doesNotContain("/login");
		}
	}

	@Test
	void guessingOnePersonsPasswordStopsThatPersonFromThatAddressOnEveryInstance() {
		Browserless attacker = new Browserless(this.port);
		attacker.get("/login");
		for (int i = 0; i < 5; i++) {
			attacker.post("/login", Map.of("username", "offer", "password", "gjetning " + i));
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(HousingFirstApplication.class)
			.profiles("test")
			.properties("server.port=0", "spring.datasource.url=" + this.database.jdbcUrl(),
					"spring.datasource.username=" + DatabaseRoles.APP,
					"spring.datasource.password=" + DatabaseRoles.APP, "spring.flyway.enabled=false")
			.run()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			// The second instance counts the first one's failures: the pair is refused
			// there before any password is looked at.
			Browserless elsewhere = new Browserless(secondPort);
			HttpResponse<String> refused = elsewhere.login("offer", "gjetning 6");
			assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?throttled");
			// Someone else from the same address is not affected, on either instance.
			assertThat(new Browserless(secondPort).login("kollega", TestStaff.PASSWORD)
				.headers()
				.firstValue("Location")
				.orElseThrow()).doesNotContain("/login");
		}
	}

}
