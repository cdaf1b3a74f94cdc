package no.kommune.housingfirst.staff.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.NewStaffMember;
import no.kommune.housingfirst.staff.StaffChanges;
import no.kommune.housingfirst.staff.StaffMember;
import no.kommune.housingfirst.staff.Section;
import no.kommune.housingfirst.staff.Team;

/**
 * The administrator's form for a person. The username and initial password are used only
 * when creating; an edit changes name, roles and memberships, based on {@code version}.
 */
record StaffForm(
		@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") @Pattern(
				regexp = "[A-Za-z0-9._-]*", message = "{staff.form.username.pattern}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String fullName,
		@Size(max = 256, message = "{validation.tooLong}") String password,
		@NotEmpty(message = "{staff.form.roles.required}") Set<Role> roles, Set<Long> teamIds, Set<Long> sectionIds,
		Integer version) {

	StaffForm {
		roles = (roles == null || roles.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		teamIds = (teamIds == null) ? Set.of() : Set.copyOf(teamIds);
		sectionIds = (sectionIds == null) ? Set.of() : Set.copyOf(sectionIds);
		version = (version == null) ? 0 : version;
	}

	static StaffForm empty() {
		return new StaffForm("", "", "", Set.of(Role.CASEWORKER), Set.of(), Set.of(), 0);
	}

	static StaffForm from(StaffMember member) {
		return new StaffForm(member.getUsername(), member.getFullName(), "", member.getRoles(),
				ids(member.getTeams().stream().map(Team::getId)),
				ids(member.getSections().stream().map(Section::getId)), member.getVersion());
	}

	NewStaffMember toNewStaffMember() {
		return new NewStaffMember(this.username, this.fullName, this.password, this.roles, this.teamIds,
				this.roles.contains(Role.SECTION_LEADER) ? this.sectionIds : Set.of());
	}

	StaffChanges toChanges() {
		return new StaffChanges(this.version, this.fullName, this.roles, this.teamIds,
				this.roles.contains(Role.SECTION_LEADER) ? this.sectionIds : Set.of());
	}

	private static Set<Long> ids(java.util.stream.Stream<Long> ids) {
		return ids.collect(java.util.stream.Collectors.toSet());
	}

}
