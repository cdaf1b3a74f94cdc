package no.kommune.housingfirst.staff;

import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The first administrator comes from the environment, only into an empty database. */
@IntegrationTest
class BootstrapAdministratorTest {

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	TestStaff staff;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/**
	 * Starts from a database with nobody in it; the test's transaction rolls this back.
	 */
	@org.junit.jupiter.api.BeforeEach
	void nobodyExists() {
		this.jdbc.update("DELETE FROM participant_status_change");
		this.jdbc.update("DELETE FROM participant");
		this.jdbc.update("DELETE FROM staff_member");
	}

	@Test
	void createsTheFirstAdministratorWhenNobodyExists() {
		assertThat(this.directory.isEmpty()).isTrue();
		new BootstrapAdministrator(this.directory, new StaffProperties("forste", "et langt startpassord for admin"))
			.run(new DefaultApplicationArguments());
		var admin = this.accounts.loadUserByUsername("forste");
		assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly(Role.ADMIN.authority());
	}

	@Test
	void doesNothingOnceSomebodyExists() {
		this.staff.withRole(Role.NAV);
		new BootstrapAdministrator(this.directory, new StaffProperties("andre", "et langt startpassord for admin"))
			.run(new DefaultApplicationArguments());
		assertThat(this.directory.search("andre", 0).getTotalElements()).isZero();
	}

	@Test
	void doesNothingWithoutSettings() {
		new BootstrapAdministrator(this.directory, new StaffProperties("", "")).run(new DefaultApplicationArguments());
		assertThat(this.directory.isEmpty()).isTrue();
	}

}
