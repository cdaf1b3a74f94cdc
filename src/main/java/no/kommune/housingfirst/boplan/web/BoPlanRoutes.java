package no.kommune.housingfirst.boplan.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Bo-plans and follow-up agreements: caseworkers write, section leaders read; NAV and the
 * housing officer never reach them.
 */
@Component
class BoPlanRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/participants/*/bo-plan/revise", Role.CASEWORKER);
		rules.roles(HttpMethod.POST, "/participants/*/bo-plan/revise/goals", Role.CASEWORKER);
		rules.roles(null, "/participants/*/bo-plan/versions/*/answer", Role.CASEWORKER);
		rules.roles(null, "/participants/*/bo-plan/follow-up-agreement", Role.CASEWORKER);
		rules.roles(null, "/participants/*/bo-plan/needs-meetings/new", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/bo-plan", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/bo-plan/compare", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/bo-plan/versions/*", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/bo-plan/versions/*/print", Role.CASEWORKER, Role.SECTION_LEADER);
	}

}
