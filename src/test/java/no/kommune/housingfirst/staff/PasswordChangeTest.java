package no.kommune.housingfirst.staff;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person changes their own password by giving the current one. */
@IntegrationTest
class PasswordChangeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Test
	void theCurrentPasswordIsRequired() throws Exception {
		CurrentUser person = this.staff.withRole(Role.CASEWORKER);
		change(person, "ikke mitt passord", "et nytt og langt passord", "et nytt og langt passord")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nåværende passord er feil.")))
			.andExpect(content().string(not(containsString("ikke mitt passord"))));
		assertThat(hashMatches(person, TestStaff.PASSWORD)).isTrue();
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedLoginsAndLockTheCheck() throws Exception {
		CurrentUser person = this.staff.withRole(Role.CASEWORKER);
		String next = "blåbærsyltetøy på søndag morgen";
		for (int i = 0; i < 4; i++) {
			change(person, "gjetning nummer " + i, next, next)
				.andExpect(content().string(containsString("Nåværende passord er feil.")));
		}
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT failed_logins FROM staff_member WHERE id = ?", Integer.class,
				person.id()))
			.isEqualTo(4);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM login_failure WHERE username = ? AND known",
				Long.class, person.getUsername()))
			.isEqualTo(4);
		// The fifth wrong guess locks the account, as five failed logins do.
		change(person, "gjetning nummer 5", next, next)
			.andExpect(content().string(containsString("Nåværende passord er feil.")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.jdbc.queryForObject("SELECT locked_until > now() FROM staff_member WHERE id = ?", Boolean.class,
				person.id()))
			.isTrue();
		// Now even the right current password is not checked: from this address the
		// guesses at this username are used up, and from anywhere the account is locked.
		change(person, TestStaff.PASSWORD, next, next).andExpect(status().isOk())
			.andExpect(content().string(containsString("For mange feil passord fra denne maskinen")));
		this.mvc.perform(post("/account/password").with(csrf()).with(user(person)).with((request) -> {
			request.setRemoteAddr("192.0.2.44");
			return request;
		}).param("currentPassword", TestStaff.PASSWORD).param("newPassword", next).param("confirmation", next))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kontoen er midlertidig sperret")));
		assertThat(hashMatches(person, TestStaff.PASSWORD)).isTrue();
	}

	@Test
	void theNewPasswordMustFollowThePolicyAndBeRepeated() throws Exception {
		CurrentUser person = this.staff.withRole(Role.NAV);
		change(person, TestStaff.PASSWORD, "kort", "kort").andExpect(status().isOk())
			.andExpect(content().string(containsString("Passordet må ha minst 8 tegn.")));
		change(person, TestStaff.PASSWORD, "et nytt og langt passord", "et annet langt passord")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Passordene er ikke like.")));
		change(person, TestStaff.PASSWORD, "x".repeat(129), "x".repeat(129)).andExpect(status().isOk())
			.andExpect(content().string(containsString("høyst 128 tegn")));
		change(person, TestStaff.PASSWORD, "Sommer2026!", "Sommer2026!").andExpect(status().isOk())
			.andExpect(content().string(containsString("Dette passordet er for vanlig.")));
		change(person, TestStaff.PASSWORD, "aaaaaaaa", "aaaaaaaa").andExpect(status().isOk())
			.andExpect(content().string(containsString("Passordet gjentar de samme få tegnene.")));
		change(person, TestStaff.PASSWORD, "HousingFirst2026", "HousingFirst2026").andExpect(status().isOk())
			.andExpect(content().string(containsString("Dette er demopassordet")));
		change(person, TestStaff.PASSWORD, person.getUsername() + "2026!", person.getUsername() + "2026!")
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Passordet kan ikke inneholde brukernavnet eller navnet ditt.")));
		assertThat(hashMatches(person, TestStaff.PASSWORD)).isTrue();
	}

	@Test
	void aGoodNewPasswordReplacesTheOldOne() throws Exception {
		CurrentUser person = this.staff.withRole(Role.HOUSING_OFFICER);
		String next = "blåbærsyltetøy på søndag morgen";
		change(person, TestStaff.PASSWORD, next, next).andExpect(redirectedUrl("/"));
		assertThat(hashMatches(person, next)).isTrue();
		assertThat(hashMatches(person, TestStaff.PASSWORD)).isFalse();
	}

	private ResultActions change(CurrentUser person, String current, String next, String confirmation)
			throws Exception {
		return this.mvc.perform(post("/account/password").with(csrf())
			.with(user(person))
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation));
	}

	private boolean hashMatches(CurrentUser person, String password) {
		this.entityManager.flush();
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM staff_member WHERE id = ?", String.class,
				person.id());
		return this.passwordEncoder.matches(password, hash);
	}

}
