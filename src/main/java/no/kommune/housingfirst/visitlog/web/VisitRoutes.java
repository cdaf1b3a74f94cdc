package no.kommune.housingfirst.visitlog.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Visits of a participant, Min uke for caseworkers, compliance for section leaders. */
@Component
class VisitRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/participants/*/visits/new", Role.CASEWORKER);
		rules.roles(null, "/participants/*/visits/*/edit", Role.CASEWORKER);
		rules.roles(HttpMethod.POST, "/participants/*/visits/*/void", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/visits", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/visits/*", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/my-week", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/visits/compliance", Role.SECTION_LEADER);
	}

}
