package no.kommune.housingfirst.caseload.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The dashboard and its exports are for section leaders only: administrators do not see
 * case figures, and caseworkers have Min uke.
 */
@Component
class CaseloadRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(HttpMethod.GET, "/dashboard", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/dashboard/export.xlsx", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/dashboard/export.csv", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/dashboard/people", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/dashboard/people.xlsx", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/dashboard/people.csv", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/dashboard/year", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/dashboard/year.xlsx", Role.SECTION_LEADER);
	}

}
