package no.kommune.housingfirst.demo;

import java.util.Set;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.NewStaffMember;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.TeamSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sections, teams and the demo users, loaded once into an empty database. All users share
 * the password {@value #PASSWORD}; the README lists them.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoOrganisation implements ApplicationRunner {

	static final String PASSWORD = "HousingFirst2026";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	private final Organisation organisation;

	private final StaffDirectory directory;

	DemoOrganisation(Organisation organisation, StaffDirectory directory) {
		this.organisation = organisation;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.organisation.isEmpty()) {
			return;
		}
		long nord = this.organisation.createSection("Seksjon Nord");
		long sor = this.organisation.createSection("Seksjon Sør");
		long nord1 = this.organisation.createTeam(nord, "HF-team Nord 1");
		long nord2 = this.organisation.createTeam(nord, "HF-team Nord 2");
		long sorTeam = this.organisation.createTeam(sor, "HF-team Sør");

		person("admin", "Astrid Admin", Set.of(Role.ADMIN), Set.of(), Set.of());
		person("leder", "Lene Leder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(nord));
		person("leder2", "Lars Leder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(sor));
		person("kari", "Kari Nordmann", Set.of(Role.CASEWORKER), Set.of(nord1), Set.of());
		person("ola", "Ola Hansen", Set.of(Role.CASEWORKER), Set.of(nord2), Set.of());
		person("nils", "Nils Sørensen", Set.of(Role.CASEWORKER), Set.of(sorTeam), Set.of());
		person("nav", "Nina NAV-veileder", Set.of(Role.NAV), Set.of(), Set.of());
		person("bolig", "Bjørn Boligtjenesten", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
		person("vaktmester", "Viggo Vaktmester", Set.of(Role.CARETAKER), Set.of(), Set.of());
		log.info("Demo organisation loaded: {} teams",
				this.organisation.teams().stream().map(TeamSummary::name).toList());
	}

	/**
	 * The demo password is published (README, login page in trial mode) so that anyone
	 * can try every role: no change is forced, or the first visitor to change it would
	 * lock the next one out.
	 */
	private void person(String username, String name, Set<Role> roles, Set<Long> teams, Set<Long> sections) {
		this.directory.create(new NewStaffMember(username, name, PASSWORD, roles, teams, sections, false), "demo");
	}

}
