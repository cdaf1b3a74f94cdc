package no.kommune.housingfirst.staff;

import java.util.Set;

import no.kommune.housingfirst.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The first administrator comes from the environment, only into an empty database. (That
 * creating a person works on PostgreSQL is shown by the staff administration tests.)
 */
class BootstrapAdministratorTest {

	StaffDirectory directory = mock(StaffDirectory.class);

	@Test
	void createsTheFirstAdministratorWhenNobodyExists() {
		when(this.directory.isEmpty()).thenReturn(true);
		run("forste", "et langt startpassord for admin");
		// The password sits in the operator's environment: the administrator must replace
		// it at the first login.
		verify(this.directory).create(new NewStaffMember("forste", "forste", "et langt startpassord for admin",
				Set.of(Role.ADMIN), Set.of(), Set.of(), true), "bootstrap");
	}

	@Test
	void doesNothingOnceSomebodyExists() {
		when(this.directory.isEmpty()).thenReturn(false);
		run("andre", "et langt startpassord for admin");
		verify(this.directory, never()).create(any(), anyString());
	}

	@Test
	void doesNothingWithoutSettings() {
		when(this.directory.isEmpty()).thenReturn(true);
		run("", "");
		run("admin", null);
		verify(this.directory, never()).create(any(), anyString());
	}

	private void run(String username, String password) {
		new BootstrapAdministrator(this.directory, new StaffProperties(username, password))
			.run(new DefaultApplicationArguments());
	}

}
