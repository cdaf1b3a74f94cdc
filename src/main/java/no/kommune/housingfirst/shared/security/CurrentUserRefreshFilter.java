package no.kommune.housingfirst.shared.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in person on every request, before authorization is decided: a
 * deactivated person is signed out at once, a changed role or team applies to this very
 * request, and a session past its absolute lifetime ends however active it has been.
 */
final class CurrentUserRefreshFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	private final CurrentUserLoader loader;

	private final Duration absoluteLifetime;

	private final Clock clock;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	CurrentUserRefreshFilter(CurrentUserLoader loader, Duration absoluteLifetime, Clock clock) {
		this.loader = loader;
		this.absoluteLifetime = absoluteLifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			HttpSession session = request.getSession(false);
			boolean tooOld = session != null
					&& this.clock.millis() - session.getCreationTime() > this.absoluteLifetime.toMillis();
			Optional<CurrentUser> fresh = tooOld ? Optional.empty() : this.loader.reload(user.id());
			if (fresh.isEmpty() || !fresh.get().isEnabled()) {
				log.info("session ended user={} reason={}", user.getUsername(), tooOld ? "lifetime" : "deactivated");
				SecurityContextHolder.clearContext();
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			if (!fresh.get().sameRightsAs(user)) {
				// The new roles, and the factors this session has already shown.
				List<GrantedAuthority> authorities = new ArrayList<>(fresh.get().getAuthorities());
				authorities.addAll(SecondFactor.factorsOf(authentication));
				var token = UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null, authorities);
				token.setDetails(authentication.getDetails());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(token);
				SecurityContextHolder.setContext(context);
				this.repository.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
