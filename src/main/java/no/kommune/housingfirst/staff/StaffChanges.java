package no.kommune.housingfirst.staff;

import java.util.Set;

import no.kommune.housingfirst.shared.security.Role;

/**
 * Command: new name, roles and memberships for a person, based on the version the editor
 * saw.
 */
public record StaffChanges(int version, String fullName, Set<Role> roles, Set<Long> teamIds, Set<Long> sectionIds) {
}
