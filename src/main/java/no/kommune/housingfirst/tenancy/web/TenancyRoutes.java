package no.kommune.housingfirst.tenancy.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Tenancy events: caseworkers record and correct them, section leaders read them; NAV
 * reaches only its rent-deduction queue; the housing service records and reads events on
 * its units (under the housing module's rule for {@code /housing-units/**}, repeated here
 * so this module's routes read in one place).
 */
@Component
class TenancyRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/participants/*/tenancy-events/new", Role.CASEWORKER);
		rules.roles(HttpMethod.POST, "/participants/*/tenancy-events/*", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/tenancy-events", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/tenancy-events/*", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(null, "/housing-units/*/events", Role.HOUSING_OFFICER);
		rules.roles(HttpMethod.GET, "/nav/rent-deductions", Role.NAV);
		rules.roles(HttpMethod.POST, "/nav/rent-deductions/*/restored", Role.NAV);
	}

}
