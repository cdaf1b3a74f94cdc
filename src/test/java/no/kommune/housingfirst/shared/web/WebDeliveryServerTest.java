package no.kommune.housingfirst.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How pages travel, over real HTTP: compressed, webjars cached for a year under their
 * versioned address, page links that keep the list's filters, and no page before the
 * first.
 */
@ServerTest
class WebDeliveryServerTest {

	private static final Pattern STYLESHEET = Pattern
		.compile("href=\"(/webjars/bootstrap/[0-9][^/\"]*/css/bootstrap\\.min\\.css)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestHousing housing;

	@Autowired
	LoginThrottle throttle;

	private final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
	}

	@Test
	void pagesAndTheStylesheetAreSentCompressed() throws IOException {
		HttpResponse<byte[]> page = get("/login", "gzip");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = gunzip(page.body());
		assertThat(html).contains("<html");

		HttpResponse<byte[]> css = get(stylesheet(html), "gzip");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(css.body().length).isLessThan(60_000);
		assertThat(gunzip(css.body()).length()).isGreaterThan(200_000);

		// A client that cannot unpack gets plain text.
		HttpResponse<byte[]> plain = get("/login", null);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void webjarsAreLinkedByVersionAndCachedForAYear() {
		String stylesheet = stylesheet(new String(get("/login", null).body(), StandardCharsets.UTF_8));
		HttpResponse<byte[]> versioned = get(stylesheet, null);
		assertThat(versioned.statusCode()).isEqualTo(200);
		assertThat(versioned.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000")
			.contains("immutable");

		HttpResponse<byte[]> versionless = get("/webjars/bootstrap/css/bootstrap.min.css", null);
		assertThat(versionless.statusCode()).isEqualTo(200);
		assertThat(versionless.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=604800")
			.doesNotContain("immutable");
	}

	@Test
	void aNegativePageIsNotFound() {
		long team = this.staff.team(this.staff.section());
		CurrentUser caseworker = this.staff.caseworker(team);
		Browserless browser = new Browserless(this.port);
		browser.login(caseworker.getUsername(), TestStaff.PASSWORD);
		for (String path : List.of("/participants?page=-1", "/allocation-meetings?page=-1&x=1")) {
			HttpResponse<String> response = browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Siden finnes ikke");
		}
		assertThat(browser.get("/participants?page=0").statusCode()).isEqualTo(200);
		assertThat(browser.get("/participants?page=abc").statusCode()).isEqualTo(200);
	}

	@Test
	void pageLinksKeepTheFiltersAndAMissingPageIsNoLink() {
		for (int i = 0; i < 27; i++) {
			this.housing.unit(TestStaff.unique("Sidegata "), "Nedre Elvehavn", 8000);
		}
		this.housing.unit(TestStaff.unique("Annengata "), "Lade", 8000);
		CurrentUser officer = this.staff.withRole(Role.HOUSING_OFFICER);
		Browserless browser = new Browserless(this.port);
		browser.login(officer.getUsername(), TestStaff.PASSWORD);

		String first = browser.get("/housing-units?district=Nedre+Elvehavn&status=").body();
		assertThat(first).contains("href=\"/housing-units?district=Nedre+Elvehavn&amp;status=&amp;page=1\"")
			.contains("<span class=\"page-link\" aria-disabled=\"true\">Forrige</span>")
			.doesNotContain("page=-1");

		String second = browser.get("/housing-units?district=Nedre+Elvehavn&status=&page=1").body();
		assertThat(second).contains("href=\"/housing-units?district=Nedre+Elvehavn&amp;status=&amp;page=0\"")
			.contains("<span class=\"page-link\" aria-disabled=\"true\">Neste</span>")
			.contains("Side 2 av 2");
	}

	private static String stylesheet(String html) {
		Matcher link = STYLESHEET.matcher(html);
		assertThat(link.find()).as("the layout links Bootstrap with its version").isTrue();
		return link.group(1);
	}

	private HttpResponse<byte[]> get(String path, String encoding) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (encoding != null) {
			request.header("Accept-Encoding", encoding);
		}
		try {
			return this.client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
