package no.kommune.housingfirst.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every security event to the {@code housingfirst.security} log: logins, failures,
 * logouts, denials, and a login that must change its password first (the change itself is
 * logged by the staff module, in the same log). Never a password or a token; usernames
 * and source addresses only.
 */
@Component
class SecurityEventLog {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof OidcUser) {
			// The provider's half of a login; OidcStaffLogin publishes the staff
			// member's.
			return;
		}
		log.info("login ok user={} source={}", safe(event.getAuthentication().getName()),
				source(event.getAuthentication()));
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user && user.passwordChangeRequired()) {
			log.info("password change required user={}: only the password page until it is changed",
					user.getUsername());
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		log.warn("login failed user={} source={} reason={}", safe(event.getAuthentication().getName()),
				source(event.getAuthentication()), event.getException().getClass().getSimpleName());
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		log.info("logout user={}", safe(event.getAuthentication().getName()));
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof CurrentUser user) {
			String target = (event.getSource() instanceof HttpServletRequest request)
					? request.getMethod() + " " + request.getRequestURI() : String.valueOf(event.getSource());
			log.warn("access denied user={} target={}", user.getUsername(), target);
		}
	}

	/**
	 * A username as typed can hold anything: no line breaks (forged log lines), and not
	 * more than a username's length (a password typed into the wrong field).
	 */
	static String safe(String username) {
		if (username == null) {
			return "-";
		}
		String clean = username.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > 64) ? clean.substring(0, 64) + "…" : clean;
	}

	private static String source(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "-";
	}

}
