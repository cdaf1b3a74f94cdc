package no.kommune.housingfirst.shared.security;

import java.util.Optional;

/**
 * Loads the current state of a signed-in person. Implemented by the staff module;
 * security calls it on every request so deactivation and role or team changes apply
 * immediately.
 */
public interface CurrentUserLoader {

	Optional<CurrentUser> reload(long staffMemberId);

}
