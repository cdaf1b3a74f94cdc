package no.kommune.housingfirst.shared.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The factors a session has shown, as Spring Security 7 records them: one
 * {@link FactorGrantedAuthority} per factor in the authentication's authorities
 * ({@code FACTOR_PASSWORD} from the login form, {@code FACTOR_WEBAUTHN} from a passkey).
 * The authenticator app and the recovery codes are ours, so their factors are named here.
 */
public final class SecondFactor {

	/** A code from an authenticator app. */
	public static final String TOTP = "FACTOR_TOTP";

	/** One of the single-use recovery codes. */
	public static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";

	/**
	 * The municipality's identity provider asserted a second factor of its own
	 * ({@code amr}/{@code acr}).
	 */
	public static final String PROVIDER_MFA = "FACTOR_PROVIDER_MFA";

	/** Any of these after the password is a second factor. */
	public static final Set<String> SECOND_FACTORS = Set.of(TOTP, RECOVERY_CODE, PROVIDER_MFA,
			FactorGrantedAuthority.WEBAUTHN_AUTHORITY);

	/**
	 * The page that asks for (or enrols) the second factor; owned by the staff module.
	 */
	public static final String PAGE = "/account/second-factor";

	private static final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private SecondFactor() {
	}

	/** Whether this authentication carries a second factor. */
	public static boolean shown(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> SECOND_FACTORS.contains(authority.getAuthority()));
	}

	/** The factors of an authentication, to carry over when it is rebuilt. */
	static List<GrantedAuthority> factorsOf(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.map(GrantedAuthority.class::cast)
			.toList();
	}

	/**
	 * Adds a factor the person has just shown to their session: the same principal, the
	 * authorities they had plus this factor, and a new session id (their rights grew).
	 */
	public static void grant(String factor, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof CurrentUser)) {
			throw new IllegalStateException("a second factor follows a signed-in person's password");
		}
		Collection<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(factor));
		var token = UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities);
		token.setDetails(current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		repository.saveContext(context, request, response);
	}

}
