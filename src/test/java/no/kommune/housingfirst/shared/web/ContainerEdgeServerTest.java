package no.kommune.housingfirst.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the servlet container answers on its own, and what depends on the address a client
 * claims: Tomcat's own 400 pages carry the security headers, redirects never echo the
 * {@code Host} header, and the language cookie is {@code Secure} behind TLS.
 */
@ServerTest
class ContainerEdgeServerTest {

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
	void tomcatsOwnBadRequestPagesCarryTheSecurityHeaders() throws IOException {
		List<String> requests = List.of("GET /login%00 HTTP/1.1\r\nHost: localhost\r\n\r\n",
				"GET /login?q=" + "a".repeat(20 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
				"GET /login?a=\u0001 HTTP/1.1\r\nHost: localhost\r\n\r\n");
		for (String request : requests) {
			String head = raw(request);
			assertThat(head).as(request.substring(0, 20)).startsWith("HTTP/1.1 400");
			assertThat(head.toLowerCase()).as(head)
				.contains("content-security-policy: default-src 'self'")
				.contains("x-content-type-options: nosniff")
				.contains("referrer-policy: same-origin")
				.contains("x-frame-options: deny")
				.contains("cache-control: no-store");
		}
	}

	@Test
	void redirectsAreRelativeAndNeverEchoTheHostHeader() throws Exception {
		this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(this.staff.team(this.staff.section())), Set.of());
		String toLogin = raw("GET /participants HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n\r\n");
		assertThat(location(toLogin)).isEqualTo("/login");

		// After login, back to the page asked for: the path only, whatever Host said.
		Browserless browser = new Browserless(this.port);
		browser.get("/participants");
		browser.get("/login");
		HttpResponse<String> login = browser.post("/login", Map.of("username", "kari", "password", TestStaff.PASSWORD));
		assertThat(login.headers().firstValue("Location")).hasValue("/participants");
		HttpResponse<String> home = browser.login("kari", TestStaff.PASSWORD);
		assertThat(home.headers().firstValue("Location").orElseThrow()).startsWith("/");
		browser.get("/");
		assertThat(browser.post("/logout", Map.of()).headers().firstValue("Location")).hasValue("/login?logout");
		browser.get("/login");
		assertThat(browser.post("/login", Map.of("username", "kari", "password", "feil passord"))
			.headers()
			.firstValue("Location")).hasValue("/login?error");
	}

	@Test
	void theLanguageCookieIsSecureBehindTlsAndNotOverPlainHttp() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> tls = client
			.send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/login?lang=en"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tls.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("HF_LANG=").contains("Secure").contains("HttpOnly"));
		HttpResponse<String> plain = client.send(
				HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/login?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("HF_LANG=").doesNotContain("Secure"));
	}

	private static String location(String head) {
		return head.lines()
			.filter((line) -> line.toLowerCase().startsWith("location:"))
			.map((line) -> line.substring("location:".length()).strip())
			.findFirst()
			.orElse("");
	}

	/**
	 * A request exactly as written (no client library would send these); the head back.
	 */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder head = new StringBuilder();
			int b;
			while ((b = in.read()) != -1) {
				head.append((char) b);
				if (head.toString().endsWith("\r\n\r\n")) {
					break;
				}
			}
			return head.toString();
		}
	}

}
