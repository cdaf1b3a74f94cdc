package no.kommune.housingfirst.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person holding a password somebody else chose (a new account, an administrator's
 * reset) reaches nothing but the password page until they have replaced it: every other
 * page, form post or unknown address is redirected there, before authorization is
 * decided. The frame stays open (logout, static files, error pages). Runs after
 * {@link CurrentUserRefreshFilter}, so it sees the duty as the database has it now: a
 * reset applies on the person's very next request, and the change releases them on the
 * one after it.
 */
final class PasswordChangeFilter extends OncePerRequestFilter {

	/** Owned by the staff module; the one page a person with a change due may use. */
	static final String PASSWORD_PAGE = "/account/password";

	/** Request attribute (for the layout): a password change is due. */
	static final String PENDING = "passwordChangePending";

	private final RequestMatcher open;

	PasswordChangeFilter(RequestMatcher frameRoutes) {
		this.open = new OrRequestMatcher(frameRoutes, PathPatternRequestMatcher.withDefaults().matcher(PASSWORD_PAGE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.passwordChangeRequired() && !signedInAtProvider(authentication)) {
			// The layout shows no menu while the change is due.
			request.setAttribute(PENDING, Boolean.TRUE);
			if (!this.open.matches(request)) {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * A person who signed in at the municipality's identity provider uses no password
	 * here: a password somebody else chose stands unused, and is changed when they next
	 * log in with it.
	 */
	private static boolean signedInAtProvider(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY
				.equals(authority.getAuthority()));
	}

}
