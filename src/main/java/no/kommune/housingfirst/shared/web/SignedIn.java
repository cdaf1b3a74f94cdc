package no.kommune.housingfirst.shared.web;

import java.util.Collection;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

/**
 * Who is signed in, as the page frame and a page's role-dependent links need it: read
 * once per page as {@code th:with="me=${@signedIn.menu()}"} and then asked as plain
 * booleans.
 * <p>
 * It replaces the security dialect's {@code sec:authorize}, which looked up the
 * expression handler among all beans and evaluated an expression for each of the twenty
 * links on every page (issue 14). The answers are the same: a role counts when the
 * authentication holds its authority, exactly as {@code hasRole} asks, and an anonymous
 * visitor has no menu. What a user may open is still decided by the security rules, never
 * by these links.
 */
@Component("signedIn")
public class SignedIn {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * The signed-in person's menu, or {@code null} for a visitor who is not signed in.
	 */
	public Menu menu() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!TRUST.isAuthenticated(authentication) || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return null;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		return new Menu(user.id(), user.fullName(), holds(authorities, Role.CASEWORKER),
				holds(authorities, Role.SECTION_LEADER), holds(authorities, Role.NAV),
				holds(authorities, Role.HOUSING_OFFICER), holds(authorities, Role.CARETAKER),
				holds(authorities, Role.ADMIN));
	}

	private static boolean holds(Collection<? extends GrantedAuthority> authorities, Role role) {
		String wanted = role.authority();
		for (GrantedAuthority authority : authorities) {
			if (wanted.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The roles a page's links depend on.
	 *
	 * @param leader section leader
	 * @param nav NAV staff
	 */
	public record Menu(long id, String fullName, boolean caseworker, boolean leader, boolean nav,
			boolean housingOfficer, boolean caretaker, boolean admin) {
	}

}
