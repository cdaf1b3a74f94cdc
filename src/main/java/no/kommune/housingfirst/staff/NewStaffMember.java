package no.kommune.housingfirst.staff;

import java.util.Set;

import no.kommune.housingfirst.shared.security.Role;

/** Command: create a person with an initial password, roles and memberships. */
public record NewStaffMember(String username, String fullName, String initialPassword, Set<Role> roles,
		Set<Long> teamIds, Set<Long> sectionIds) {
}
