package no.kommune.housingfirst.shared.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kommune.housingfirst.staff.Totp;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor switched on for every role, over real HTTP: a password alone reaches
 * no page and no form, whatever the role; enrolment at the first login with a wrong code
 * refused and counted as a failed login; the code of a time step used once; a recovery
 * code used once; an administrator's reset written to the security log, and refused to
 * anyone else.
 */
@ServerTest
@TestPropertySource(properties = "housingfirst.security.second-factor.required-roles="
		+ "CASEWORKER,SECTION_LEADER,NAV,HOUSING_OFFICER,ADMIN,CARETAKER")
@ExtendWith(OutputCaptureExtension.class)
class SecondFactorServerTest {

	static final String PAGE = "/account/second-factor";

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>");

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
	}

	@Test
	void aPasswordAloneReachesNothingForAnyRole() {
		for (Role role : Role.values()) {
			CurrentUser person = this.staff.withRole(role);
			Browserless browser = new Browserless(this.port);
			HttpResponse<String> login = browser.login(person.getUsername(), TestStaff.PASSWORD);
			assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
			for (String page : new String[] { "/", "/participants", "/participants/new", "/participants/1", "/my-week",
					"/dashboard", "/nav/first-rent", "/housing-units", "/admin/staff", "/admin/organisation", "/audit",
					"/account/password", "/caretaker", "/finnes-ikke" }) {
				HttpResponse<String> response = browser.get(page);
				assertThat(response.statusCode()).as(role + " " + page).isEqualTo(302);
				assertThat(response.headers().firstValue("Location").orElseThrow()).as(role + " " + page)
					.isEqualTo(PAGE);
			}
			HttpResponse<String> factorPage = browser.get(PAGE);
			assertThat(factorPage.statusCode()).isEqualTo(200);
			assertThat(factorPage.body()).contains("Koble til appen").doesNotContain("href=\"/participants\"");
			// Forms are refused too, and nothing is saved.
			HttpResponse<String> post = browser.post("/admin/organisation/sections", Map.of("name", "Ny seksjon"));
			assertThat(post.headers().firstValue("Location").orElseThrow()).isEqualTo(PAGE);
			HttpResponse<String> password = browser.post("/account/password",
					Map.of("currentPassword", TestStaff.PASSWORD, "newPassword", "et helt annet passord i fjellet",
							"confirmation", "et helt annet passord i fjellet"));
			assertThat(password.headers().firstValue("Location").orElseThrow()).isEqualTo(PAGE);
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM section WHERE name = 'Ny seksjon'", Integer.class))
			.isZero();
		// Still the test password: the password page was never reached.
		assertThat(new Browserless(this.port).login(this.staff.withRole(Role.NAV).getUsername(), TestStaff.PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow()).doesNotContain("/login");
	}

	@Test
	void enrolAtFirstLoginThenCodesOnceAndRecoveryCodesOnce() {
		CurrentUser kari = this.staff.withRole(Role.CASEWORKER);
		Browserless first = new Browserless(this.port);
		first.login(kari.getUsername(), TestStaff.PASSWORD);
		HttpResponse<String> enrolPage = first.get(PAGE);
		byte[] secret = Totp.fromBase32(secretOn(enrolPage.body()));
		// The same secret on a reload (the person may switch to the app and back).
		assertThat(Totp.fromBase32(secretOn(first.get(PAGE).body()))).isEqualTo(secret);

		// A wrong code: refused next to the field, counted as a failed login.
		long now = Totp.step(Instant.now());
		HttpResponse<String> wrong = first.post(PAGE + "/enrol", Map.of("code", Totp.code(secret, now + 5)));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("Koden stemmer ikke").contains("aria-invalid=\"true\"");
		assertThat(failures(kari)).isEqualTo(1);
		assertThat(first.get("/").headers().firstValue("Location").orElseThrow()).isEqualTo(PAGE);

		// The right code: enrolled, on to the recovery codes, shown once.
		String before = first.sessionCookie();
		String enrolCode = Totp.code(secret, Totp.step(Instant.now()));
		HttpResponse<String> enrolled = first.post(PAGE + "/enrol", Map.of("code", enrolCode));
		assertThat(enrolled.headers().firstValue("Location").orElseThrow()).isEqualTo(PAGE + "/recovery-codes");
		assertThat(first.sessionCookie()).isNotEqualTo(before);
		List<String> codes = recoveryCodesOn(first.get(PAGE + "/recovery-codes").body());
		assertThat(codes).hasSize(10);
		assertThat(first.get(PAGE + "/recovery-codes").headers().firstValue("Location").orElseThrow()).isEqualTo("/");
		assertThat(first.get("/").statusCode()).isEqualTo(200);
		assertThat(first.get("/participants").statusCode()).isEqualTo(200);

		// Next login: the code of the enrolment is spent; a newer one (the phone's clock
		// a
		// step ahead) works.
		Browserless second = new Browserless(this.port);
		second.login(kari.getUsername(), TestStaff.PASSWORD);
		HttpResponse<String> verifyPage = second.get(PAGE);
		assertThat(verifyPage.body()).contains("Skriv inn koden").doesNotContain("totp-secret");
		assertThat(second.post(PAGE, Map.of("code", enrolCode)).body()).contains("Koden stemmer ikke");
		assertThat(failures(kari)).isEqualTo(2);
		String newer = Totp.code(secret, Totp.step(Instant.now()) + 1);
		assertThat(second.post(PAGE, Map.of("code", newer)).headers().firstValue("Location").orElseThrow())
			.isEqualTo("/");
		assertThat(second.get("/my-week").statusCode()).isEqualTo(200);
		// The same code from another session: refused.
		Browserless third = new Browserless(this.port);
		third.login(kari.getUsername(), TestStaff.PASSWORD);
		third.get(PAGE);
		assertThat(third.post(PAGE, Map.of("code", newer)).body()).contains("Koden stemmer ikke");

		// A recovery code instead: once.
		third.get(PAGE);
		HttpResponse<String> recovered = third.post(PAGE + "/recovery", Map.of("recoveryCode", codes.get(3)));
		assertThat(recovered.headers().firstValue("Location").orElseThrow()).isEqualTo("/");
		assertThat(third.get("/").statusCode()).isEqualTo(200);
		Browserless fourth = new Browserless(this.port);
		fourth.login(kari.getUsername(), TestStaff.PASSWORD);
		fourth.get(PAGE);
		HttpResponse<String> again = fourth.post(PAGE + "/recovery", Map.of("recoveryCode", codes.get(3)));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Koden stemmer ikke, eller den er allerede brukt.");
		assertThat(fourth.get("/").headers().firstValue("Location").orElseThrow()).isEqualTo(PAGE);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM staff_recovery_code WHERE staff_member_id = ? AND used_at IS NULL", Integer.class,
				kari.id()))
			.isEqualTo(9);
	}

	@Test
	void anAdministratorResetsAPersonsFactorsAndTheSecurityLogSaysWho(CapturedOutput output) {
		CurrentUser admin = this.staff.admin();
		CurrentUser kari = this.staff.withRole(Role.NAV);
		CurrentUser caseworker = this.staff.withRole(Role.CASEWORKER);
		enrolledSession(kari);
		Browserless other = enrolledSession(caseworker);
		Browserless administrator = enrolledSession(admin);

		HttpResponse<String> form = administrator.get("/admin/staff/" + kari.id());
		assertThat(form.body()).contains("Andre faktor er koblet til. 10 ubrukte gjenopprettingskoder.");
		// Not for anyone but an administrator.
		other.get("/");
		assertThat(other.post("/admin/staff/" + kari.id() + "/second-factor", Map.of()).statusCode()).isIn(403, 404);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staff_totp WHERE staff_member_id = ?", Integer.class,
				kari.id()))
			.isOne();

		HttpResponse<String> reset = administrator.post("/admin/staff/" + kari.id() + "/second-factor", Map.of());
		assertThat(reset.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/staff/" + kari.id());
		assertThat(administrator.get("/admin/staff/" + kari.id()).body()).contains("Andre faktor er nullstilt.")
			.contains("Ingen andre faktor er koblet til ennå.");
		assertThat(output.getAll()).contains("second factor reset staffMemberId=" + kari.id() + " by="
				+ admin.getUsername() + " totp=1 recoveryCodes=10 passkeys=0");
		// Kari enrols again at her next login.
		Browserless next = new Browserless(this.port);
		next.login(kari.getUsername(), TestStaff.PASSWORD);
		assertThat(next.get(PAGE).body()).contains("totp-secret");
		// An unknown person is a 404, and nothing is logged for them.
		assertThat(administrator.post("/admin/staff/999999/second-factor", Map.of()).statusCode()).isEqualTo(404);
	}

	/** Logs in and enrols an authenticator app; returns the signed-in browser. */
	private Browserless enrolledSession(CurrentUser person) {
		Browserless browser = new Browserless(this.port);
		browser.login(person.getUsername(), TestStaff.PASSWORD);
		byte[] secret = Totp.fromBase32(secretOn(browser.get(PAGE).body()));
		HttpResponse<String> enrolled = browser.post(PAGE + "/enrol",
				Map.of("code", Totp.code(secret, Totp.step(Instant.now()))));
		assertThat(enrolled.headers().firstValue("Location").orElseThrow()).isEqualTo(PAGE + "/recovery-codes");
		return browser;
	}

	private int failures(CurrentUser person) {
		return this.jdbc.queryForObject("SELECT count(*) FROM login_failure WHERE username = ?", Integer.class,
				person.getUsername());
	}

	private static String secretOn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("secret on the page").isTrue();
		return matcher.group(1);
	}

	private static List<String> recoveryCodesOn(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
