package no.kommune.housingfirst.shared.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import no.kommune.housingfirst.staff.NewStaffMember;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Form login, Argon2id, lockout that cannot be abused, per-source throttling. */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	StaffDirectory directory;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	SecurityProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@BeforeEach
	@AfterEach
	void forgetThrottling() {
		this.throttle.reset();
	}

	@Test
	void rightPasswordLogsIn() throws Exception {
		CurrentUser user = this.staff.withRole(Role.CASEWORKER);
		login(user.getUsername(), TestStaff.PASSWORD, "10.0.0.1").andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(user.getUsername()));
	}

	@Test
	void usernameIsNotCaseSensitive() throws Exception {
		CurrentUser user = this.staff.withRole(Role.NAV);
		login(user.getUsername().toUpperCase(), TestStaff.PASSWORD, "10.0.0.1")
			.andExpect(authenticated().withUsername(user.getUsername()));
	}

	@Test
	void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
		CurrentUser user = this.staff.withRole(Role.NAV);
		login(user.getUsername(), "wrong password here", "10.0.0.2").andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		login("nobody-at-all", "wrong password here", "10.0.0.2").andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void passwordsAreHashedWithArgon2idAtNineteenMebibytes() {
		CurrentUser user = this.staff.withRole(Role.ADMIN);
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM staff_member WHERE id = ?", String.class,
				user.id());
		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestStaff.PASSWORD);
	}

	@Test
	void aSixtyFourCharacterNorwegianPasswordWorks() throws Exception {
		String password = "æøåÆØÅ blåbærsyltetøy på brødskive " + "ærlig talt går det bra å være her";
		password = password.substring(0, 64);
		assertThat(password.codePointCount(0, password.length())).isEqualTo(64);
		assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
		long team = this.staff.team(this.staff.section());
		this.directory.create(
				new NewStaffMember("langt", "Langt Passord", password, Set.of(Role.CASEWORKER), Set.of(team), Set.of()),
				"test");
		login("langt", password, "10.0.0.3").andExpect(authenticated().withUsername("langt"));
		login("langt", password.substring(0, 63), "10.0.0.3").andExpect(unauthenticated());
	}

	@Test
	void fiveFailuresLockTheAccountForAWhileEvenForTheRightPassword() throws Exception {
		CurrentUser user = this.staff.withRole(Role.CASEWORKER);
		for (int i = 0; i < 5; i++) {
			login(user.getUsername(), "guess number " + i, "10.0.0." + (10 + i)).andExpect(unauthenticated());
		}
		this.entityManager.flush();
		Timestamp lockedUntil = this.jdbc.queryForObject("SELECT locked_until FROM staff_member WHERE id = ?",
				Timestamp.class, user.id());
		assertThat(lockedUntil.toInstant()).isAfter(Instant.now().plusSeconds(30))
			.isBefore(Instant.now().plusSeconds(61));
		login(user.getUsername(), TestStaff.PASSWORD, "10.0.0.20").andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());

		// The lock is temporary: once it has run out, the right password works again.
		this.jdbc.update("UPDATE staff_member SET locked_until = now() - interval '1 second' WHERE id = ?", user.id());
		this.entityManager.clear();
		login(user.getUsername(), TestStaff.PASSWORD, "10.0.0.21").andExpect(authenticated());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT failed_logins FROM staff_member WHERE id = ?", Integer.class,
				user.id()))
			.isZero();
	}

	@Test
	void furtherFailuresDoubleTheLockUpToFifteenMinutes() throws Exception {
		CurrentUser user = this.staff.withRole(Role.CASEWORKER);
		this.jdbc.update("UPDATE staff_member SET failed_logins = 12 WHERE id = ?", user.id());
		this.entityManager.clear();
		login(user.getUsername(), "yet another guess", "10.0.0.30").andExpect(unauthenticated());
		this.entityManager.flush();
		Timestamp lockedUntil = this.jdbc.queryForObject("SELECT locked_until FROM staff_member WHERE id = ?",
				Timestamp.class, user.id());
		assertThat(lockedUntil.toInstant()).isAfter(Instant.now().plusSeconds(14 * 60))
			.isBefore(Instant.now().plusSeconds(15 * 60 + 1));
	}

	@Test
	void aSprayingSourceIsSlowedDownButAColleaguesCorrectLoginFromItStillWorks() throws Exception {
		CurrentUser colleague = this.staff.withRole(Role.CASEWORKER);
		assertThat(this.throttle.check("192.0.2.66", colleague.getUsername()).delay()).isZero();
		for (int i = 0; i < 20; i++) {
			login("someone" + i, "guess", "192.0.2.66").andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}
		LoginThrottle.Decision decision = this.throttle.check("192.0.2.66", colleague.getUsername());
		assertThat(decision.refused()).isFalse();
		assertThat(decision.delay()).isPositive().isLessThanOrEqualTo(this.properties.delayMax());
		login(colleague.getUsername(), TestStaff.PASSWORD, "192.0.2.66").andExpect(authenticated());
		// Another address is not slowed at all.
		assertThat(this.throttle.check("192.0.2.77", colleague.getUsername()).delay()).isZero();
	}

	@Test
	void theDelayGrowsWithEachUnknownUsernameUpToItsBound() {
		int threshold = this.properties.sprayThreshold();
		assertThat(this.throttle.delayFor(threshold - 1)).isZero();
		assertThat(this.throttle.delayFor(threshold)).isEqualTo(this.properties.delayBase());
		assertThat(this.throttle.delayFor(threshold + 1)).isEqualTo(this.properties.delayBase().multipliedBy(2));
		assertThat(this.throttle.delayFor(threshold + 3)).isEqualTo(this.properties.delayBase().multipliedBy(8));
		assertThat(this.throttle.delayFor(10_000)).isEqualTo(this.properties.delayMax());
	}

	@Test
	void guessingOneUsernameFromOneAddressStopsThatPairOnly() throws Exception {
		for (int i = 0; i < 5; i++) {
			login("nobody-known", "guess " + i, "192.0.2.88").andExpect(redirectedUrl("/login?error"));
		}
		login("nobody-known", "guess 6", "192.0.2.88").andExpect(redirectedUrl("/login?throttled"));
		CurrentUser colleague = this.staff.withRole(Role.CASEWORKER);
		login(colleague.getUsername(), TestStaff.PASSWORD, "192.0.2.88").andExpect(authenticated());
		login("nobody-known", "guess 7", "192.0.2.99").andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aDeactivatedPersonCannotLogIn() throws Exception {
		CurrentUser user = this.staff.withRole(Role.CASEWORKER);
		this.directory.deactivate(user.id(), "test");
		login(user.getUsername(), TestStaff.PASSWORD, "10.0.0.40").andExpect(unauthenticated());
	}

	@Test
	void loginsAndFailuresAreLoggedWithoutPasswords(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		CurrentUser user = this.staff.withRole(Role.NAV);
		login(user.getUsername(), "hemmelig-feil-passord", "10.0.0.50").andExpect(unauthenticated());
		login(user.getUsername(), TestStaff.PASSWORD, "10.0.0.50").andExpect(authenticated());
		assertThat(output.getOut()).contains("login failed user=" + user.getUsername() + " source=10.0.0.50")
			.contains("login ok user=" + user.getUsername())
			.doesNotContain("hemmelig-feil-passord")
			.doesNotContain(TestStaff.PASSWORD);
	}

	@Test
	void oddUsernamesAreRefusedPlainlyAndLoggedSafely(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		login("kari\u0000", "whatever password", "10.0.0.60").andExpect(redirectedUrl("/login?error"));
		login("forged\nlogin ok user=admin", "whatever password", "10.0.0.61").andExpect(redirectedUrl("/login?error"));
		assertThat(output.getOut()).doesNotContain("\nlogin ok user=admin");
		assertThat(SecurityEventLog.safe("x".repeat(100))).hasSize(65);
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		CurrentUser user = this.staff.withRole(Role.CASEWORKER);
		this.mvc.perform(post("/login").param("username", user.getUsername()).param("password", TestStaff.PASSWORD))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden())
			.andExpect(unauthenticated());
	}

	private ResultActions login(String username, String password, String source) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(from(source)));
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
