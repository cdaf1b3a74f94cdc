package no.kommune.housingfirst.shared.security;

/**
 * Whether a username (as typed at login) belongs to somebody: the login throttle counts
 * unknown ones as the sign of spraying. Implemented by the staff module.
 */
@FunctionalInterface
public interface KnownUsernames {

	boolean knows(String username);

}
