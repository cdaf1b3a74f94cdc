package no.kommune.housingfirst.shared.web;

import java.util.List;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stylesheets, scripts, images, webjars, the app manifest and the service worker: served
 * to anyone without touching the session, so a file costs no SQL (issue 14).
 */
public final class StaticFiles {

	/** The app's own files, under {@code static/} on the class path. */
	static final List<String> APP_PATTERNS = List.of("/css/**", "/js/**", "/images/**", "/manifest.json", "/sw.js");

	/** Where the files are (GET only). */
	public static final List<String> PATTERNS = List.of("/webjars/**", "/css/**", "/js/**", "/images/**",
			"/favicon.ico", "/manifest.json", "/sw.js");

	/** GET requests for a static file. */
	public static final RequestMatcher REQUESTS = new OrRequestMatcher(PATTERNS.stream()
		.map((pattern) -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern))
		.toArray(RequestMatcher[]::new));

	private StaticFiles() {
	}

	/**
	 * Hides the session from a static file's request: asking whether there is one (the
	 * dispatcher's flash messages ask on every request, Spring Security's session
	 * management too) answers no, so it is neither read from the database nor written
	 * back. Only a request to create one would reach the real session, and nothing that
	 * serves a file makes one. Runs right after Spring Session's filter.
	 */
	static final class NoSession extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !REQUESTS.matches(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(new HttpServletRequestWrapper(request) {

				@Override
				public HttpSession getSession(boolean create) {
					return create ? super.getSession(true) : null;
				}

				@Override
				public String getRequestedSessionId() {
					return null;
				}

				@Override
				public boolean isRequestedSessionIdValid() {
					return false;
				}

				@Override
				public HttpSession getSession() {
					return super.getSession(true);
				}

			}, response);
		}

	}

}
