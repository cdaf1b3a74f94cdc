package no.kommune.housingfirst.shared.security;

/**
 * A module's share of the route policy: which roles reach the routes it owns. Each module
 * declares its rules next to its controllers (a package-private {@code *Routes} component
 * in its {@code web} package); {@link RoutePolicy} collects them, and a test fails when a
 * handler has no rule.
 */
public interface RouteRules {

	/** Adds this module's rules, specific patterns before general ones. */
	void contribute(RoutePolicy.Rules rules);

}
