package no.kommune.housingfirst.shared.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The one table of who may call which route. Every handler must be covered by a rule here
 * (a test walks all handler mappings); anything not listed is denied. Rules only decide
 * which roles reach a route at all: which participant a user may see is decided in the
 * queries of the module that owns it.
 */
public final class RoutePolicy {

	/**
	 * Who may use a route: anyone, any signed-in person, or holders of one of the roles.
	 */
	public record Rule(HttpMethod method, String pattern, boolean anonymous, Set<Role> roles) {

		public boolean anyAuthenticated() {
			return !this.anonymous && this.roles.isEmpty();
		}

	}

	private static final List<Rule> RULES = new ArrayList<>();

	static {
		// Public: the login page, static files, health for load balancers, error pages.
		anyone(null, "/login");
		anyone(HttpMethod.GET, "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico");
		anyone(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info");
		anyone(null, "/error");

		// Every signed-in person: home page, own password, logout.
		signedIn(HttpMethod.GET, "/");
		signedIn(null, "/account/password");
		signedIn(HttpMethod.POST, "/logout");

		// Administration of people and the organisation.
		roles(null, "/admin/**", Role.ADMIN);

		// Participants. Which participant is decided in the queries (ParticipantAccess);
		// here
		// only which roles reach the pages at all. Specific rules come before general
		// ones.
		roles(null, "/participants/new", Role.CASEWORKER);
		roles(null, "/participants/*/edit", Role.CASEWORKER);
		roles(null, "/participants/*/exit", Role.CASEWORKER);
		roles(null, "/participants/*/reopen", Role.CASEWORKER);
		roles(null, "/participants/*/assign", Role.SECTION_LEADER);
		roles(HttpMethod.POST, "/participants/*/housing/**", Role.CASEWORKER);
		roles(HttpMethod.GET, "/participants/*/housing", Role.CASEWORKER, Role.SECTION_LEADER);
		roles(HttpMethod.GET, "/participants/*/housing/**", Role.CASEWORKER);
		roles(null, "/participants/*/visits/new", Role.CASEWORKER);
		roles(null, "/participants/*/visits/*/edit", Role.CASEWORKER);
		roles(HttpMethod.GET, "/participants/*/visits", Role.CASEWORKER, Role.SECTION_LEADER);
		roles(HttpMethod.GET, "/participants/*/visits/*", Role.CASEWORKER, Role.SECTION_LEADER);
		roles(HttpMethod.GET, "/participants", Role.CASEWORKER, Role.SECTION_LEADER);
		roles(HttpMethod.GET, "/participants/*", Role.CASEWORKER, Role.SECTION_LEADER);
		roles(HttpMethod.GET, "/participants/*/access-log", Role.CASEWORKER, Role.SECTION_LEADER);

		// The housing service's register of units.
		roles(null, "/housing-units", Role.HOUSING_OFFICER);
		roles(null, "/housing-units/**", Role.HOUSING_OFFICER);

		// Allocation meetings still to hold, across the user's participants.
		roles(HttpMethod.GET, "/allocation-meetings", Role.CASEWORKER, Role.SECTION_LEADER);

		// NAV's first-rent queue: the only participant data NAV ever reaches.
		roles(null, "/nav/first-rent", Role.NAV);
		roles(null, "/nav/first-rent/*", Role.NAV);

		// Weekly follow-up across participants.
		roles(HttpMethod.GET, "/my-week", Role.CASEWORKER);
		roles(HttpMethod.GET, "/visits/compliance", Role.SECTION_LEADER);

		// The audit trail.
		roles(HttpMethod.GET, "/audit", Role.ADMIN, Role.SECTION_LEADER);
	}

	private RoutePolicy() {
	}

	public static List<Rule> rules() {
		return List.copyOf(RULES);
	}

	static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
		for (Rule rule : RULES) {
			var matcher = (rule.method() != null) ? registry.requestMatchers(rule.method(), rule.pattern())
					: registry.requestMatchers(rule.pattern());
			if (rule.anonymous()) {
				matcher.permitAll();
			}
			else if (rule.roles().isEmpty()) {
				matcher.authenticated();
			}
			else {
				matcher.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
			}
		}
		registry.anyRequest().denyAll();
	}

	private static void anyone(HttpMethod method, String... patterns) {
		Arrays.stream(patterns).forEach((p) -> RULES.add(new Rule(method, p, true, Set.of())));
	}

	private static void signedIn(HttpMethod method, String... patterns) {
		Arrays.stream(patterns).forEach((p) -> RULES.add(new Rule(method, p, false, Set.of())));
	}

	private static void roles(HttpMethod method, String pattern, Role first, Role... more) {
		RULES.add(new Rule(method, pattern, false, EnumSet.of(first, more)));
	}

}
