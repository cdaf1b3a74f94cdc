package no.kommune.housingfirst.tenancy.web;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.shared.security.RoutePolicy;
import no.kommune.housingfirst.shared.security.RouteRules;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Caretaker tasks and crisis stays: caseworkers give tasks and record stays, section
 * leaders read both lists; a caretaker or a housing officer reaches only their own task
 * list, never a participant page.
 */
@Component
class KeepingRoutes implements RouteRules {

	@Override
	public void contribute(RoutePolicy.Rules rules) {
		rules.roles(null, "/participants/*/caretaker-tasks/new", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/caretaker-tasks", Role.CASEWORKER, Role.SECTION_LEADER);
		rules.roles(HttpMethod.GET, "/caretaker", Role.CARETAKER, Role.HOUSING_OFFICER);
		rules.roles(null, "/caretaker/tasks/*", Role.CARETAKER, Role.HOUSING_OFFICER);
		rules.roles(null, "/participants/*/crisis-stays/new", Role.CASEWORKER);
		rules.roles(null, "/participants/*/crisis-stays/*", Role.CASEWORKER);
		rules.roles(HttpMethod.GET, "/participants/*/crisis-stays", Role.CASEWORKER, Role.SECTION_LEADER);
	}

}
