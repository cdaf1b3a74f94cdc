package no.kommune.housingfirst.survey.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The survey: the participant's caseworkers hand it over or type in a paper one; the
 * participant's tab (the days answered, never the answers) is read by caseworkers and
 * section leaders; only section leaders see the aggregates. The blank paper survey holds
 * nothing about anyone and may be printed by both. NAV, the housing service and
 * administrators never reach any of it.
 */
@Component
class SurveyRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/participants/*/survey/new", Role.CASEWORKER);
		rules.roles(null, "/participants/*/survey/paper", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/survey", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/survey", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/survey/print", Role.CASEWORKER, Role.SECTION_LEADER);
	}

}
