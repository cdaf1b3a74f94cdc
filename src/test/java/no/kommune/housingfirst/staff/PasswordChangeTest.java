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
	void theNewPasswordMustFollowThePolicyAndBeRepeated() throws Exception {
		CurrentUser person = this.staff.withRole(Role.NAV);
		change(person, TestStaff.PASSWORD, "kort", "kort").andExpect(status().isOk())
			.andExpect(content().string(containsString("Passordet må ha minst 8 tegn.")));
		change(person, TestStaff.PASSWORD, "et nytt og langt passord", "et annet langt passord")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Passordene er ikke like.")));
		change(person, TestStaff.PASSWORD, "x".repeat(129), "x".repeat(129)).andExpect(status().isOk())
			.andExpect(content().string(containsString("høyst 128 tegn")));
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
