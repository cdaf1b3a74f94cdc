package no.kommune.housingfirst.shared.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security's passkey endpoints. Registering a passkey
 * ({@code /webauthn/register/**}) is enrolment: open to a password alone only while the
 * person has no second factor at all, otherwise only to a session that has shown one; and
 * never to a deactivated person. Spring's passwordless login
 * ({@code POST /login/webauthn}) is closed: a passkey here is a second factor after the
 * password, checked by the second-factor page, which keeps the principal a
 * {@link CurrentUser}.
 */
final class PasskeyGuardFilter extends OncePerRequestFilter {

	private final RequestMatcher registration;

	private final RequestMatcher passwordless;

	private final CurrentUserLoader loader;

	private final EnrolledFactors factors;

	PasskeyGuardFilter(CurrentUserLoader loader, EnrolledFactors factors) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		this.registration = new OrRequestMatcher(paths.matcher("/webauthn/register"),
				paths.matcher("/webauthn/register/**"));
		this.passwordless = paths.matcher(HttpMethod.POST, "/login/webauthn");
		this.loader = loader;
		this.factors = factors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.passwordless.matches(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (this.registration.matches(request)) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
			Optional<CurrentUser> fresh = this.loader.reload(user.id());
			boolean active = fresh.isPresent() && fresh.get().isEnabled();
			if (!active || (!SecondFactor.shown(authentication) && this.factors.anyEnrolled(user.id()))) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
