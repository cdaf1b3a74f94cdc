package no.kommune.housingfirst.staff;

import java.util.Set;

import no.kommune.housingfirst.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A fresh production database has nobody who could log in: the first administrator comes
 * from the environment, and only while no staff member exists at all. They must choose
 * their own password at the first login.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	private final StaffDirectory directory;

	private final StaffProperties properties;

	BootstrapAdministrator(StaffDirectory directory, StaffProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = this.properties.bootstrapAdminUsername();
		String password = this.properties.bootstrapAdminPassword();
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password) || !this.directory.isEmpty()) {
			return;
		}
		// The password sits in the operator's environment (a compose file, a secret
		// store,
		// a shell history): the administrator replaces it at the first login, so the most
		// powerful account is not left with a password others can read.
		this.directory.create(
				new NewStaffMember(username, username, password, Set.of(Role.ADMIN), Set.of(), Set.of(), true),
				"bootstrap");
		log.info("first administrator created user={}", username);
	}

}
