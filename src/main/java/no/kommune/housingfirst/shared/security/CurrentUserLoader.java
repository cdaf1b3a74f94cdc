package no.kommune.housingfirst.shared.security;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Loads the current state of a signed-in person. Implemented by the staff module;
 * security calls it on every request so deactivation and role or team changes apply
 * immediately.
 */
public interface CurrentUserLoader {

	Optional<CurrentUser> reload(long staffMemberId);

	/**
	 * A number that moves whenever anyone's rights may have changed (active, name, roles,
	 * teams, sections led, the teams of a section); empty when it cannot be told, and
	 * then every request reloads its person. Read outside any transaction: one statement.
	 */
	OptionalLong rightsEpoch();

}
