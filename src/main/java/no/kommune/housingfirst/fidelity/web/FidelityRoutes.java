package no.kommune.housingfirst.fidelity.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The fidelity self-assessment: the section leader starts, scores and completes it; the
 * team's caseworkers read it (the team does the assessment together, and sees where it
 * stands). NAV, the housing service and administrators never reach it.
 */
@Component
class FidelityRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(HttpMethod.GET, "/fidelity", Role.SECTION_LEADER, Role.CASEWORKER);
		rules.roles(HttpMethod.POST, "/fidelity", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/fidelity/*", Role.SECTION_LEADER, Role.CASEWORKER);
		rules.roles(HttpMethod.POST, "/fidelity/*", Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/fidelity/*/print", Role.SECTION_LEADER, Role.CASEWORKER);
	}

}
