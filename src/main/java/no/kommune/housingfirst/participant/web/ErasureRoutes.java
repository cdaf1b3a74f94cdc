package no.kommune.housingfirst.participant.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Erasure: the section leader only (which participants, their section's, is decided in
 * the queries). Administrators run the job's operations, but see no participant.
 */
@Component
class ErasureRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(HttpMethod.GET, "/erasure", Role.SECTION_LEADER);
		rules.roles(null, "/participants/*/erase", Role.SECTION_LEADER);
	}

}
