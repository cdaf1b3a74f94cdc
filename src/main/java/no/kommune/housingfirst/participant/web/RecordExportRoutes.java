package no.kommune.housingfirst.participant.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The participant's record export: for those who see the participant's case (their team's
 * caseworkers, their section's leader); which participant is decided in the query.
 */
@Component
class RecordExportRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(HttpMethod.GET, "/participants/*/export", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/participants/*/export.json", Role.CASEWORKER, Role.SECTION_LEADER);
	}

}
