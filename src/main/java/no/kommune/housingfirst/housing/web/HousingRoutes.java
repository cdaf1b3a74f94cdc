package no.kommune.housingfirst.housing.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The Bolig tab and its steps (caseworkers write; section leaders read the tab), the
 * housing service's register, the meetings still to hold, and the administrators' list of
 * districts.
 */
@Component
class HousingRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		// The housing service does its own part of the way into a home (ADR 0008): the
		// tab,
		// offers with viewings and answers, the lease and the move-in. The services
		// decide
		// from the consent and the offers which participants are open to them.
		rules.roles(HttpMethod.POST, "/participants/*/housing/offers", Role.CASEWORKER, Role.HOUSING_OFFICER);
		rules.roles(HttpMethod.POST, "/participants/*/housing/offers/*/units/*", Role.CASEWORKER, Role.HOUSING_OFFICER);
		rules.roles(null, "/participants/*/housing/allocations/*/tenancy", Role.CASEWORKER, Role.HOUSING_OFFICER);
		rules.roles(null, "/participants/*/housing/tenancies/*/move-in", Role.CASEWORKER, Role.HOUSING_OFFICER);
		rules.roles(null, "/participants/*/housing/tenancies/*/lease", Role.CASEWORKER, Role.HOUSING_OFFICER);
		rules.roles(HttpMethod.POST, "/participants/*/housing/allocations/*/tasks/*/done", Role.CASEWORKER,
				Role.HOUSING_OFFICER);
		rules.roles(HttpMethod.POST, "/participants/*/housing/**", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/housing", Role.CASEWORKER, Role.SECTION_LEADER,
				Role.HOUSING_OFFICER);
		rules.roles(HttpMethod.GET, "/participants/*/housing/**", Role.CASEWORKER);
		rules.roles(null, "/housing-units", Role.HOUSING_OFFICER);
		rules.roles(null, "/housing-units/**", Role.HOUSING_OFFICER);
		rules.roles(HttpMethod.GET, "/allocation-meetings", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(null, "/admin/districts", Role.ADMIN);
		rules.roles(null, "/admin/districts/**", Role.ADMIN);
	}

}
