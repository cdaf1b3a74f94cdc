package no.kommune.housingfirst.shared.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
 * Keeps the signed-in person current on every request, before authorization is decided: a
 * deactivated person is signed out at once, a changed role or team applies to this very
 * request, and a session past its absolute lifetime ends however active it has been. The
 * person is reloaded only when the staff rights epoch has moved since they were loaded
 * (V036: it moves with every change to who is active, roles, teams and sections), so an
 * ordinary request pays one read of one row instead of the person's roles, teams and
 * sections.
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
			// One read of one row: when no one's rights have changed since this person
			// was
			// loaded, the session's person is still right and nothing more is read.
			OptionalLong epoch = tooOld ? OptionalLong.empty() : this.loader.rightsEpoch();
			if (epoch.isPresent() && user.rightsEpoch() != 0 && epoch.getAsLong() == user.rightsEpoch()) {
				chain.doFilter(request, response);
				return;
			}
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
			CurrentUser stamped = epoch.isPresent() ? fresh.get().withRightsEpoch(epoch.getAsLong()) : fresh.get();
			if (!stamped.sameRightsAs(user) || stamped.rightsEpoch() != user.rightsEpoch()) {
				// The new roles, and the factors this session has already shown.
				List<GrantedAuthority> authorities = new ArrayList<>(stamped.getAuthorities());
				authorities.addAll(SecondFactor.factorsOf(authentication));
				var token = UsernamePasswordAuthenticationToken.authenticated(stamped, null, authorities);
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
