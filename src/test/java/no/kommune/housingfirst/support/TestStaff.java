package no.kommune.housingfirst.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.NewStaffMember;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.staff.StaffDirectory;

/**
 * Builds the people and teams a test needs through the real services, with unique names
 * so tests never depend on each other's data.
 */
public class TestStaff {

	public static final String PASSWORD = "Testpassord for alle 2026";

	private static final AtomicInteger counter = new AtomicInteger();

	private final Organisation organisation;

	private final StaffDirectory directory;

	private final StaffAccounts accounts;

	TestStaff(Organisation organisation, StaffDirectory directory, StaffAccounts accounts) {
		this.organisation = organisation;
		this.directory = directory;
		this.accounts = accounts;
	}

	public static String unique(String prefix) {
		return prefix + counter.incrementAndGet();
	}

	public long section() {
		return this.organisation.createSection(unique("Seksjon "));
	}

	public long team(long sectionId) {
		return this.organisation.createTeam(sectionId, unique("HF-team "));
	}

	/**
	 * A person who logs in with {@link #PASSWORD} and goes straight on (no password
	 * change due); {@link #newlyCreated} for one an administrator has just created.
	 */
	public CurrentUser person(String username, Set<Role> roles, Set<Long> teams, Set<Long> sections) {
		long id = this.directory
			.create(new NewStaffMember(username, "Test " + username, PASSWORD, roles, teams, sections, false), "test");
		return this.accounts.reload(id).orElseThrow();
	}

	/**
	 * A person as an administrator creates them: they must change {@link #PASSWORD} at
	 * their first login.
	 */
	public CurrentUser newlyCreated(String username, Set<Role> roles, Set<Long> teams, Set<Long> sections) {
		long id = this.directory
			.create(new NewStaffMember(username, "Test " + username, PASSWORD, roles, teams, sections), "test");
		return this.accounts.reload(id).orElseThrow();
	}

	public CurrentUser caseworker(long teamId) {
		return person(unique("case"), Set.of(Role.CASEWORKER), Set.of(teamId), Set.of());
	}

	public CurrentUser sectionLeader(long sectionId) {
		return person(unique("leader"), Set.of(Role.SECTION_LEADER), Set.of(), Set.of(sectionId));
	}

	public CurrentUser withRole(Role role) {
		return switch (role) {
			case CASEWORKER -> caseworker(team(section()));
			case SECTION_LEADER -> sectionLeader(section());
			default -> person(unique(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')), Set.of(role),
					Set.of(), Set.of());
		};
	}

	public CurrentUser admin() {
		return withRole(Role.ADMIN);
	}

}
