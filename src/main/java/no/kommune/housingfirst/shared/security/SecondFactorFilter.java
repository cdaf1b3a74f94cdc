package no.kommune.housingfirst.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password alone reaches nothing when the person's role needs a second factor: every
 * page, form post and unknown address is redirected to the second-factor page (which
 * enrols the person the first time) until the session carries a second factor
 * ({@link SecondFactor#shown}). Runs after {@link CurrentUserRefreshFilter}, so it sees
 * the roles as they are now, and before {@link PasswordChangeFilter}: not even the
 * password page is open on a password alone. The frame stays open (logout, static files,
 * error pages), and so do the passkey ceremonies Spring Security serves.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

	private final SecondFactorProperties properties;

	private final RequestMatcher open;

	SecondFactorFilter(SecondFactorProperties properties, RequestMatcher frameRoutes) {
		this.properties = properties;
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		this.open = new OrRequestMatcher(frameRoutes, paths.matcher(SecondFactor.PAGE),
				paths.matcher(SecondFactor.PAGE + "/**"), paths.matcher("/webauthn/**"),
				paths.matcher("/login/webauthn"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& this.properties.requiredFor(user) && !SecondFactor.shown(authentication)
				&& !this.open.matches(request)) {
			response.sendRedirect(request.getContextPath() + SecondFactor.PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
