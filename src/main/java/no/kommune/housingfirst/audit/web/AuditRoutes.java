package no.kommune.housingfirst.audit.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The audit trail, for administrators and section leaders. */
@Component
class AuditRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(HttpMethod.GET, "/audit", Role.ADMIN, Role.SECTION_LEADER);
	}

}
