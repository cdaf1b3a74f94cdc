import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in user of the app over real HTTP, as the benchmark and the drills drive it:
 * own cookies (so own session), no redirects followed, the CSRF token taken from the last
 * page that had one. The base address can change between requests (two instances behind
 * one address, drills/run.sh twin).
 */
public class WebSession {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final String username;

	final CookieManager cookies = new CookieManager();

	final HttpClient client;

	String base;

	String csrf;

	public WebSession(String base, String username) {
		this.base = base;
		this.username = username;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.putIfAbsent("_csrf", this.csrf);
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The login form answered: 302 away from /login when it worked. */
	public HttpResponse<String> tryLogin(String password) throws IOException, InterruptedException {
		get("/login");
		return post("/login", Map.of("username", this.username, "password", password));
	}

	public WebSession login(String password) throws IOException, InterruptedException {
		HttpResponse<String> r = tryLogin(password);
		if (!loggedIn(r)) {
			throw new IllegalStateException("login failed for " + this.username + ": " + r.statusCode() + " "
					+ r.headers().firstValue("Location").orElse(""));
		}
		return this;
	}

	public static boolean loggedIn(HttpResponse<String> loginAnswer) {
		String to = loginAnswer.headers().firstValue("Location").orElse("");
		return loginAnswer.statusCode() == 302 && !to.contains("/login");
	}

	/** This session's cookie value (HFSESSION), to carry it to another instance. */
	public String sessionCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("HFSESSION"))
			.map((c) -> c.getValue())
			.findFirst()
			.orElse(null);
	}

}
