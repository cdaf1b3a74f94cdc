package no.kommune.housingfirst.staff.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The home page and one's own password for everyone; administration for administrators.
 */
@Component
class StaffRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.signedIn(HttpMethod.GET, "/");
		rules.signedIn(null, "/account/password");
		rules.signedIn(null, "/account/second-factor", "/account/second-factor/**");
		rules.roles(null, "/admin/**", Role.ADMIN);
	}

}
