package no.kommune.housingfirst.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with cookies, for tests against a real port: it reads the CSRF
 * token from the last page and posts forms the way a browser would.
 */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String baseUrl;

	private String csrfToken;

	public Browserless(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** Talk to another instance, keeping the cookies (and so the session). */
	public Browserless at(int port) {
		this.baseUrl = "http://localhost:" + port;
		return this;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET().build());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrfToken = token.group(1);
		}
		return response;
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		return post(path, form, "text/html,application/xhtml+xml");
	}

	/**
	 * As {@link #post(String, Map)}, asking for another kind of answer (a script's JSON).
	 */
	public HttpResponse<String> post(String path, Map<String, String> form, String accept) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrfToken != null) {
			fields.putIfAbsent("_csrf", this.csrfToken);
		}
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	public String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("HFSESSION"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (request.headers().firstValue("Accept").isEmpty()) {
			request = HttpRequest.newBuilder(request, (name, value) -> true)
				.header("Accept", "text/html,application/xhtml+xml")
				.build();
		}
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
