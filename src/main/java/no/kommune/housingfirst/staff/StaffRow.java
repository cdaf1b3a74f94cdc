package no.kommune.housingfirst.staff;

import java.util.List;

import no.kommune.housingfirst.shared.security.Role;

/** One line of the staff list. */
public record StaffRow(long id, String username, String fullName, boolean active, List<Role> roles,
		List<String> teamNames) {

	static StaffRow of(StaffMember member) {
		return new StaffRow(member.getId(), member.getUsername(), member.getFullName(), member.isActive(),
				member.getRoles().stream().sorted().toList(),
				member.getTeams().stream().map(Team::getName).sorted().toList());
	}

}
