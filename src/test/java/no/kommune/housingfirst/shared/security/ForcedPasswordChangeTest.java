package no.kommune.housingfirst.shared.security;

import java.util.Set;

import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A password somebody else set (an administrator creating the person or resetting the
 * password) must be changed before anything else: the security chain sends every other
 * request to the password page, whatever the role, the method or the address.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ForcedPasswordChangeTest {

	static final String NEW_PASSWORD = "mitt eget nye passord på fjellet";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	StaffDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Test
	void everyOtherPageLeadsToThePasswordPage() throws Exception {
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.newlyCreated(TestStaff.unique("kari"), Set.of(Role.CASEWORKER, Role.ADMIN),
				Set.of(team), Set.of());
		for (String page : new String[] { "/", "/participants", "/participants/new", "/my-week", "/admin/staff",
				"/participants/1", "/finnes-ikke" }) {
			this.mvc.perform(get(page).with(user(kari))).andExpect(redirectedUrl("/account/password"));
		}
		this.mvc.perform(post("/participants/new").with(csrf()).with(user(kari)).param("fullName", "Ny Deltaker"))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(post("/admin/organisation/sections").with(csrf()).with(user(kari)).param("name", "Ny"))
			.andExpect(redirectedUrl("/account/password"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM section WHERE name = 'Ny'", Integer.class)).isZero();
	}

	@Test
	void thePasswordPageSaysWhyAndOffersNothingElse() throws Exception {
		CurrentUser nav = this.staff.newlyCreated(TestStaff.unique("nav"), Set.of(Role.NAV), Set.of(), Set.of());
		this.mvc.perform(get("/account/password").with(user(nav)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Du må velge et nytt passord før du kan gå videre.")))
			.andExpect(content().string(not(containsString("href=\"/nav/first-rent\""))))
			.andExpect(content().string(containsString("Logg ut")));
		// Somebody with their own password sees the page without the demand, and the
		// menu.
		CurrentUser other = this.staff.withRole(Role.NAV);
		this.mvc.perform(get("/account/password").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Du må velge et nytt passord"))))
			.andExpect(content().string(containsString("href=\"/nav/first-rent\"")));
	}

	@Test
	void theFrameStaysOpen() throws Exception {
		CurrentUser nav = this.staff.newlyCreated(TestStaff.unique("nav"), Set.of(Role.NAV), Set.of(), Set.of());
		this.mvc.perform(get("/css/app.css").with(user(nav))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health").with(user(nav))).andExpect(status().isOk());
		this.mvc.perform(post("/logout").with(csrf()).with(user(nav))).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void theSamePasswordAgainIsRefusedAndANewOneReleasesThePerson(CapturedOutput output) throws Exception {
		CurrentUser kari = this.staff.newlyCreated(TestStaff.unique("kari"), Set.of(Role.CASEWORKER),
				Set.of(this.staff.team(this.staff.section())), Set.of());
		change(kari, TestStaff.PASSWORD, TestStaff.PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("Det nye passordet må være et annet enn det du har nå.")));
		assertThat(required(kari)).isTrue();
		this.mvc.perform(get("/").with(user(kari))).andExpect(redirectedUrl("/account/password"));

		change(kari, TestStaff.PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(required(kari)).isFalse();
		this.mvc.perform(get("/").with(user(kari))).andExpect(status().isOk());
		this.mvc.perform(get("/participants").with(user(kari))).andExpect(status().isOk());
		assertThat(output.getOut()).contains("password changed user=" + kari.getUsername() + " requiredChange=true");
	}

	@Test
	void aResetAppliesOnThePersonsVeryNextRequest() throws Exception {
		CurrentUser ola = this.staff.withRole(Role.CASEWORKER);
		this.mvc.perform(get("/participants").with(user(ola))).andExpect(status().isOk());
		this.directory.resetPassword(ola.id(), "et passord fra administratoren", "admin");
		assertThat(required(ola)).isTrue();
		this.mvc.perform(get("/participants").with(user(ola))).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void whoMustChangeIsDecidedWhereThePasswordComesFrom() throws Exception {
		CurrentUser admin = this.staff.admin();
		long team = this.staff.team(this.staff.section());
		// Created by an administrator through the form: must change.
		String username = TestStaff.unique("ny");
		this.mvc.perform(post("/admin/staff/new").with(csrf())
			.with(user(admin))
			.param("username", username)
			.param("fullName", "Ny Person")
			.param("password", "et langt og godt startpassord")
			.param("roles", "CASEWORKER")
			.param("teamIds", String.valueOf(team)));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT password_change_required FROM staff_member WHERE username = ?",
				Boolean.class, username))
			.isTrue();
		// The administrator's page says so.
		long id = this.jdbc.queryForObject("SELECT id FROM staff_member WHERE username = ?", Long.class, username);
		this.mvc.perform(get("/admin/staff/" + id).with(user(admin)))
			.andExpect(content().string(containsString("Personen må bytte passord ved neste innlogging.")));
		// A reset through the administrator's page: must change.
		CurrentUser nav = this.staff.withRole(Role.NAV);
		assertThat(required(nav)).isFalse();
		this.mvc
			.perform(post("/admin/staff/" + nav.id() + "/password").with(csrf())
				.with(user(admin))
				.param("newPassword", "nytt og langt passord fra admin"))
			.andExpect(redirectedUrl("/admin/staff/" + nav.id()));
		assertThat(required(nav)).isTrue();
		// Changing one's own password is no reason to change it again.
		CurrentUser bolig = this.staff.withRole(Role.HOUSING_OFFICER);
		change(bolig, TestStaff.PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(required(bolig)).isFalse();
	}

	@Test
	void loggingInWithAPasswordToChangeIsASecurityEvent(CapturedOutput output) throws Exception {
		CurrentUser nav = this.staff.newlyCreated(TestStaff.unique("nav"), Set.of(Role.NAV), Set.of(), Set.of());
		this.mvc.perform(post("/login").with(csrf())
			.param("username", nav.getUsername())
			.param("password", TestStaff.PASSWORD)
			.with((request) -> {
				request.setRemoteAddr("10.0.1.1");
				return request;
			})).andExpect(redirectedUrl("/"));
		assertThat(output.getOut()).contains("staff created user=" + nav.getUsername())
			.contains("passwordChangeRequired=true")
			.contains("password change required user=" + nav.getUsername());
		this.directory.resetPassword(nav.id(), "et passord fra administratoren", "sjefen");
		assertThat(output.getOut())
			.contains("password reset user=" + nav.getUsername() + " by=sjefen passwordChangeRequired=true");
	}

	private ResultActions change(CurrentUser person, String current, String next) throws Exception {
		return this.mvc.perform(post("/account/password").with(csrf())
			.with(user(person))
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", next));
	}

	private boolean required(CurrentUser person) {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT password_change_required FROM staff_member WHERE id = ?", Boolean.class,
				person.id());
	}

}
