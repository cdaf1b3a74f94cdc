package no.kommune.housingfirst.staff;

import java.util.Set;

import no.kommune.housingfirst.shared.security.Role;

/**
 * Command: create a person with an initial password, roles and memberships.
 *
 * @param passwordChangeRequired whether the person must replace the initial password at
 * their first login: true for everybody an administrator or the operator creates, because
 * somebody else knows that password; false only where the password is meant to stay known
 * (the fictional demo organisation, whose password is published for trial mode)
 */
public record NewStaffMember(String username, String fullName, String initialPassword, Set<Role> roles,
		Set<Long> teamIds, Set<Long> sectionIds, boolean passwordChangeRequired) {

	/** A person who must choose their own password at first login. */
	public NewStaffMember(String username, String fullName, String initialPassword, Set<Role> roles, Set<Long> teamIds,
			Set<Long> sectionIds) {
		this(username, fullName, initialPassword, roles, teamIds, sectionIds, true);
	}

}
