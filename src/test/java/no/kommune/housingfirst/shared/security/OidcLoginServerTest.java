package no.kommune.housingfirst.shared.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.identityprovider.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipality's own login against a real OpenID Connect provider (Spring
 * Authorization Server, started here on its own port), over real HTTP with the second
 * factor required for every role: the provider's login becomes the staff member's
 * session; a second factor the provider vouches for ({@code amr}) is enough, and without
 * it the app asks for its own; a person with no active staff member here (unknown,
 * another domain, deactivated) is refused with a message and gets no session; a callback
 * that was not asked for is refused; the password form works beside it.
 */
@ServerTest
@TestPropertySource(properties = "housingfirst.security.second-factor.required-roles="
		+ "CASEWORKER,SECTION_LEADER,NAV,HOUSING_OFFICER,ADMIN")
@ExtendWith(OutputCaptureExtension.class)
class OidcLoginServerTest {

	private static final TestIdentityProvider provider = TestIdentityProvider.start();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

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

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** Every address this test's "browser" was sent to, in order. */
	private final List<URI> visited = new ArrayList<>();

	@DynamicPropertySource
	static void theMunicipalitysProvider(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.kommune.";
		registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
		registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		registry.add(registration + "scope", () -> "openid,profile");
		registry.add(registration + "client-name", () -> "Kommunens pålogging");
		registry.add("spring.security.oauth2.client.provider.kommune.issuer-uri", provider::issuer);
		registry.add("housingfirst.security.oidc.username-domain", () -> "kommune.test");
	}

	@AfterAll
	static void stopTheProvider() {
		provider.close();
	}

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		provider.allowRedirectTo(app("/login/oauth2/code/kommune"));
	}

	@Test
	void aProviderLoginWithItsOwnSecondFactorIsTheStaffMembersSession(CapturedOutput output) {
		CurrentUser kari = this.staff.withRole(Role.CASEWORKER);
		provider.addPerson("idp-" + kari.getUsername(), "idp-passord", kari.getUsername() + "@Kommune.test",
				List.of("pwd", "mfa"));

		HttpResponse<String> loginPage = get(app("/login"));
		assertThat(loginPage.body()).contains("href=\"/oauth2/authorization/kommune\"")
			.contains("Logg inn med Kommunens pålogging");

		HttpResponse<String> home = loginThroughProvider("idp-" + kari.getUsername(), "idp-passord");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains(kari.fullName()).contains("href=\"/participants\"");
		assertThat(get(app("/participants")).statusCode()).isEqualTo(200);
		assertThat(get(app("/my-week")).statusCode()).isEqualTo(200);
		// A caseworker's rights, no more.
		assertThat(get(app("/admin/staff")).statusCode()).isEqualTo(403);
		assertThat(output)
			.contains("login via provider=kommune user=" + kari.getUsername() + " providerSecondFactor=true");
		assertThat(this.jdbc.queryForObject("SELECT last_login_at IS NOT NULL FROM staff_member WHERE id = ?",
				Boolean.class, kari.id()))
			.isTrue();
		// No token from the provider is kept in the session store.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM spring_session_attributes WHERE attribute_name LIKE '%OAuth2AuthorizedClient%'",
				Integer.class))
			.isZero();

		// Logging out ends it, as for a password.
		post(app("/logout"), Map.of("_csrf", csrfOn(get(app("/")).body())));
		assertThat(get(app("/")).headers().firstValue("Location").orElseThrow()).isEqualTo("/login");
	}

	@Test
	void withoutTheProvidersSecondFactorTheAppAsksForItsOwn(CapturedOutput output) {
		CurrentUser per = this.staff.withRole(Role.SECTION_LEADER);
		// One method alone (a one-time code can be the only factor) is not a second
		// factor.
		provider.addPerson("idp-" + per.getUsername(), "idp-passord", per.getUsername() + "@kommune.test",
				List.of("pwd", "otp"));

		HttpResponse<String> after = loginThroughProvider("idp-" + per.getUsername(), "idp-passord");
		assertThat(after.uri().getPath()).isEqualTo(SecondFactor.PAGE);
		assertThat(after.body()).contains("Koble til appen");
		for (String page : new String[] { "/", "/dashboard", "/participants", "/finnes-ikke" }) {
			assertThat(get(app(page)).headers().firstValue("Location").orElseThrow()).as(page)
				.isEqualTo(SecondFactor.PAGE);
		}
		assertThat(output)
			.contains("login via provider=kommune user=" + per.getUsername() + " providerSecondFactor=false");
	}

	@Test
	void aPasswordChangeDueDoesNotStopAProviderLogin() {
		long team = this.staff.team(this.staff.section());
		CurrentUser ny = this.staff.newlyCreated(TestStaff.unique("ny"), Set.of(Role.CASEWORKER), Set.of(team),
				Set.of());
		provider.addPerson("idp-" + ny.getUsername(), "idp-passord", ny.getUsername() + "@kommune.test",
				List.of("pwd", "mfa"));

		HttpResponse<String> home = loginThroughProvider("idp-" + ny.getUsername(), "idp-passord");
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("href=\"/participants\"");
		// The same person with the password somebody else chose: the password page first.
		this.cookies.getCookieStore().removeAll();
		get(app("/login"));
		HttpResponse<String> password = post(app("/login"), Map.of("username", ny.getUsername(), "password",
				TestStaff.PASSWORD, "_csrf", csrfOn(get(app("/login")).body())));
		assertThat(password.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		assertThat(get(app("/")).headers().firstValue("Location").orElseThrow()).isIn("/account/password",
				SecondFactor.PAGE);
	}

	@Test
	void nobodyWithoutAnActiveStaffMemberHereGetsIn(CapturedOutput output) {
		CurrentUser gone = this.staff.withRole(Role.CASEWORKER);
		this.jdbc.update("UPDATE staff_member SET active = false WHERE id = ?", gone.id());
		CurrentUser elsewhere = this.staff.withRole(Role.CASEWORKER);
		String unknown = TestStaff.unique("ukjent");
		provider.addPerson("idp-" + unknown, "idp-passord", unknown + "@kommune.test", List.of("mfa"));
		provider.addPerson("idp-" + gone.getUsername(), "idp-passord", gone.getUsername() + "@kommune.test",
				List.of("mfa"));
		provider.addPerson("idp-" + elsewhere.getUsername(), "idp-passord", elsewhere.getUsername() + "@annen.test",
				List.of("mfa"));

		for (String login : List.of("idp-" + unknown, "idp-" + gone.getUsername(), "idp-" + elsewhere.getUsername())) {
			this.cookies.getCookieStore().removeAll();
			HttpResponse<String> refused = loginThroughProvider(login, "idp-passord");
			assertThat(refused.uri().getPath()).as(login).isEqualTo("/login");
			assertThat(refused.uri().getQuery()).as(login).isEqualTo("provider-unknown");
			assertThat(refused.body()).as(login).contains("ikke knyttet til en aktiv bruker her");
			assertThat(get(app("/")).headers().firstValue("Location").orElseThrow()).as(login).isEqualTo("/login");
			assertThat(get(app("/participants")).headers().firstValue("Location").orElseThrow()).as(login)
				.isEqualTo("/login");
		}
		assertThat(output).contains("reason=no staff member").contains("reason=deactivated");
		assertThat(this.jdbc.queryForObject("SELECT last_login_at IS NULL FROM staff_member WHERE id = ?",
				Boolean.class, elsewhere.id()))
			.isTrue();
	}

	@Test
	void theFirstLoginLinksTheProvidersIdentityAndFromThenOnTheLinkDecides(CapturedOutput output) {
		CurrentUser kari = this.staff.withRole(Role.CASEWORKER);
		provider.addPerson("idp-" + kari.getUsername(), "idp-passord", kari.getUsername() + "@kommune.test",
				List.of("mfa"));
		assertThat(loginThroughProvider("idp-" + kari.getUsername(), "idp-passord").uri().getPath()).isEqualTo("/");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM staff_provider_login WHERE staff_member_id = ?",
				Integer.class, kari.id()))
			.isOne();

		// Somebody else at the provider later given the same user principal name (a new
		// identity, another subject) does not reach Kari's account.
		this.cookies.getCookieStore().removeAll();
		provider.addPerson("ny-ansatt-" + kari.getUsername(), "idp-passord", kari.getUsername() + "@kommune.test",
				List.of("mfa"));
		HttpResponse<String> refused = loginThroughProvider("ny-ansatt-" + kari.getUsername(), "idp-passord");
		assertThat(refused.uri().getQuery()).isEqualTo("provider-unknown");
		assertThat(output).contains("provider login refused user=" + kari.getUsername());

		// Kari's own username claim changes at the provider: still Kari, by the link.
		this.cookies.getCookieStore().removeAll();
		provider.changeClaims("idp-" + kari.getUsername(), "kari.nytt.navn@kommune.test", List.of("mfa"));
		HttpResponse<String> again = loginThroughProvider("idp-" + kari.getUsername(), "idp-passord");
		assertThat(again.uri().getPath()).isEqualTo("/");
		assertThat(again.body()).contains(kari.fullName());
	}

	@Test
	void aCallbackNobodyAskedForIsRefused() {
		HttpResponse<String> forged = get(app("/login/oauth2/code/kommune?code=stjalet&state=gjettet"));
		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(forged.headers().firstValue("Location").orElseThrow()).isEqualTo("/login?provider-error");
		assertThat(get(app("/login?provider-error")).body()).contains("Innloggingen hos kommunen ble ikke fullført");
		assertThat(get(app("/")).headers().firstValue("Location").orElseThrow()).isEqualTo("/login");
		// Another provider than the configured one is no route at all.
		assertThat(get(app("/oauth2/authorization/finnes-ikke")).statusCode()).isEqualTo(404);
	}

	@Test
	void thePasswordStillWorksBesideTheProvider() {
		CurrentUser ola = this.staff.withRole(Role.NAV);
		String token = csrfOn(get(app("/login")).body());
		HttpResponse<String> login = post(app("/login"),
				Map.of("username", ola.getUsername(), "password", TestStaff.PASSWORD, "_csrf", token));
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		// The password alone is not enough: the app's own second factor.
		assertThat(get(app("/nav/first-rent")).headers().firstValue("Location").orElseThrow())
			.isEqualTo(SecondFactor.PAGE);
	}

	/**
	 * As a browser: from the login page's button to the provider, its login form, and
	 * back to the app; answers the last page reached.
	 */
	private HttpResponse<String> loginThroughProvider(String login, String password) {
		HttpResponse<String> providerLogin = follow(get(app("/oauth2/authorization/kommune")));
		assertThat(providerLogin.uri().toString()).startsWith(provider.issuer() + "/login");
		HttpResponse<String> signedIn = post(provider.issuer() + "/login",
				Map.of("username", login, "password", password, "_csrf", csrfOn(providerLogin.body())));
		HttpResponse<String> last = follow(signedIn);
		assertThat(this.visited).anyMatch((uri) -> uri.getPath().equals("/login/oauth2/code/kommune"));
		return last;
	}

	private HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			current = get(next.toString());
		}
		assertThat(current.statusCode()).as("after redirects: " + this.visited).isLessThan(300);
		return current;
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String csrfOn(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
	}

	private HttpResponse<String> post(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		this.visited.add(request.uri());
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
