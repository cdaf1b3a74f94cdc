package no.kommune.housingfirst.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before any password is checked: turns away a username that failed too often from this
 * address, and makes every attempt from a spraying address wait (see
 * {@link LoginThrottle}).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String source = request.getRemoteAddr();
		String username = request.getParameter("username");
		LoginThrottle.Decision decision = this.throttle.check(source, username);
		if (decision.refused()) {
			log.warn("login refused (throttled) user={} source={}", SecurityEventLog.safe(username), source);
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		if (decision.delay().isPositive()) {
			log.warn("login slowed (spraying address) source={} delayMs={}", source, decision.delay().toMillis());
			this.throttle.pause(decision.delay());
		}
		chain.doFilter(request, response);
	}

}
