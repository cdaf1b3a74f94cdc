package no.kommune.housingfirst.firstrent.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.stereotype.Component;

/** NAV's first-rent queue: the only participant data NAV ever reaches. */
@Component
class FirstRentRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/nav/first-rent", Role.NAV);
		rules.roles(null, "/nav/first-rent/*", Role.NAV);
		rules.roles(org.springframework.http.HttpMethod.POST, "/nav/first-rent/*/meeting-tasks/*", Role.NAV);
		rules.roles(org.springframework.http.HttpMethod.POST, "/nav/first-rent/*/correction", Role.NAV);
	}

}
