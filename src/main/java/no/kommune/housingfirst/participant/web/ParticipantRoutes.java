package no.kommune.housingfirst.participant.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The participant pages. Which participant is decided in the queries (ParticipantAccess);
 * here only which roles reach the pages at all. Specific rules come before general ones.
 */
@Component
class ParticipantRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/participants/new", Role.CASEWORKER);
		rules.roles(null, "/participants/*/edit", Role.CASEWORKER);
		rules.roles(null, "/participants/*/exit", Role.CASEWORKER);
		rules.roles(null, "/participants/*/reopen", Role.CASEWORKER);
		rules.roles(null, "/participants/*/assign", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/to-reassign", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/restricted", Role.SECTION_LEADER);
		rules.roles(null, "/participants/*/restrict", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(null, "/participants/*/lift-restriction", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/access-log", Role.CASEWORKER, Role.SECTION_LEADER);
	}

}
