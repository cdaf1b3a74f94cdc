package no.kommune.housingfirst.fit.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * FIT scores are health information: caseworkers record and correct them, section leaders
 * read them; NAV, the housing service and administrators never reach them. Specific rules
 * come before general ones.
 */
@Component
class FitRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/participants/*/fit/new", Role.CASEWORKER);
		rules.roles(null, "/participants/*/fit/*/edit", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/fit", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/fit/*", Role.CASEWORKER, Role.SECTION_LEADER);
	}

}
