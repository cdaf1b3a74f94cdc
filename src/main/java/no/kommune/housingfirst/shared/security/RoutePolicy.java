package no.kommune.housingfirst.shared.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may call which route: the public and signed-in routes of the frame (login, static
 * files, health, errors, logout) plus the rules each module contributes for its own
 * routes ({@link RouteRules}). Every handler must be covered by a rule (a test walks all
 * handler mappings); anything not listed is denied. Rules only decide which roles reach a
 * route at all: which participant a user may see is decided in the queries of the module
 * that owns it.
 */
@Component
public class RoutePolicy {

	/**
	 * Who may use a route: anyone, any signed-in person, or holders of one of the roles.
	 */
	public record Rule(HttpMethod method, String pattern, boolean anonymous, Set<Role> roles) {

		public boolean anyAuthenticated() {
			return !this.anonymous && this.roles.isEmpty();
		}

	}

	/** The rules being collected; a module adds its own through {@link RouteRules}. */
	public static final class Rules {

		private final List<Rule> rules = new ArrayList<>();

		/** Anyone, signed in or not (null method: every method). */
		public Rules anyone(HttpMethod method, String... patterns) {
			Arrays.stream(patterns).forEach((p) -> this.rules.add(new Rule(method, p, true, Set.of())));
			return this;
		}

		/** Every signed-in person. */
		public Rules signedIn(HttpMethod method, String... patterns) {
			Arrays.stream(patterns).forEach((p) -> this.rules.add(new Rule(method, p, false, Set.of())));
			return this;
		}

		/** Holders of one of the roles. */
		public Rules roles(HttpMethod method, String pattern, Role first, Role... more) {
			this.rules.add(new Rule(method, pattern, false, EnumSet.of(first, more)));
			return this;
		}

	}

	private final List<Rule> rules;

	private final List<Rule> frame;

	RoutePolicy(List<RouteRules> modules) {
		Rules collected = new Rules();
		// Public: the login page, static files, health for load balancers, error pages.
		collected.anyone(null, "/login");
		// The municipality's identity provider (when configured): off to it, and back.
		collected.anyone(HttpMethod.GET, "/oauth2/authorization/*", "/login/oauth2/code/*");
		collected.anyone(HttpMethod.GET, "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico");
		// The installable app's manifest and service worker (docs/adr/0012): the worker
		// must
		// sit at the root to serve pages offline.
		collected.anyone(HttpMethod.GET, "/manifest.json", "/sw.js");
		collected.anyone(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info");
		collected.anyone(null, "/error");
		// Every signed-in person may log out.
		collected.signedIn(HttpMethod.POST, "/logout");
		this.frame = List.copyOf(collected.rules);
		// Not part of the frame: Spring Security's passkey ceremonies (PasskeyGuardFilter
		// decides who may register).
		collected.signedIn(HttpMethod.POST, "/webauthn/register/options", "/webauthn/register",
				"/webauthn/authenticate/options");
		collected.signedIn(HttpMethod.DELETE, "/webauthn/register/*");
		modules.forEach((module) -> module.contribute(collected));
		this.rules = List.copyOf(collected.rules);
	}

	public List<Rule> rules() {
		return this.rules;
	}

	/**
	 * The frame's own routes, which stay open to a signed-in person whatever else is
	 * asked of them first: login, static files, health, error pages and logout.
	 */
	RequestMatcher frameRoutes() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(this.frame.stream()
			.map((rule) -> (RequestMatcher) paths.matcher(rule.method(), rule.pattern()))
			.toList());
	}

	void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry registry) {
		for (Rule rule : this.rules) {
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

}
