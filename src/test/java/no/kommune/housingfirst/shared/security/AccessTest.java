package no.kommune.housingfirst.shared.security;

import java.util.Set;

import no.kommune.housingfirst.staff.StaffChanges;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Roles, CSRF, headers, and changes to a person that apply on their very next request.
 */
@IntegrationTest
class AccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	StaffDirectory directory;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CASEWORKER", "SECTION_LEADER", "NAV", "HOUSING_OFFICER" })
	void onlyAdministratorsReachAdministration(Role role) throws Exception {
		CurrentUser person = this.staff.withRole(role);
		for (String page : new String[] { "/admin/staff", "/admin/staff/new", "/admin/organisation" }) {
			this.mvc.perform(get(page).with(user(person))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/organisation/sections").param("name", "Hacked").with(csrf()).with(user(person)))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleHasAHomePage(Role role) throws Exception {
		CurrentUser person = this.staff.withRole(role);
		this.mvc.perform(get("/").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(person.fullName())));
	}

	@Test
	void administratorsReachAdministration() throws Exception {
		CurrentUser admin = this.staff.admin();
		for (String page : new String[] { "/admin/staff", "/admin/staff/new", "/admin/organisation",
				"/admin/staff/" + admin.id() }) {
			this.mvc.perform(get(page).with(user(admin))).andExpect(status().isOk());
		}
	}

	@Test
	void postsWithoutCsrfTokenAreRefused() throws Exception {
		CurrentUser admin = this.staff.admin();
		this.mvc.perform(post("/logout").with(user(admin))).andExpect(status().isForbidden());
		this.mvc.perform(post("/account/password").with(user(admin))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/organisation/sections").param("name", "Uten token").with(user(admin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/staff/" + admin.id() + "/deactivate").with(user(admin)))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutIsPostOnly() throws Exception {
		CurrentUser person = this.staff.withRole(Role.NAV);
		// No page answers a GET on /logout: it does not exist, so it is a 404.
		this.mvc.perform(get("/logout").with(user(person))).andExpect(status().isNotFound());
		this.mvc.perform(post("/logout").with(csrf()).with(user(person))).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void securityHeadersOnPagesAndRedirects() throws Exception {
		CurrentUser person = this.staff.withRole(Role.NAV);
		for (var result : new org.springframework.test.web.servlet.ResultActions[] {
				this.mvc.perform(get("/").with(user(person))), this.mvc.perform(get("/")),
				this.mvc.perform(get("/login")) }) {
			result
				.andExpect(header().string("Content-Security-Policy",
						org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("default-src 'self'"),
								org.hamcrest.Matchers.containsString("object-src 'none'"),
								org.hamcrest.Matchers.containsString("base-uri 'none'"),
								org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
								org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe")))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		}
	}

	@Test
	void aDeactivatedPersonIsOutOnTheirNextRequest() throws Exception {
		CurrentUser person = this.staff.withRole(Role.CASEWORKER);
		this.mvc.perform(get("/").with(user(person))).andExpect(status().isOk());
		this.directory.deactivate(person.id(), "test");
		this.mvc.perform(get("/").with(user(person))).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aNewRoleAppliesOnTheNextRequest() throws Exception {
		CurrentUser person = this.staff.withRole(Role.CASEWORKER);
		this.mvc.perform(get("/admin/staff").with(user(person))).andExpect(status().isForbidden());
		var member = this.directory.get(person.id());
		this.directory.update(person.id(), new StaffChanges(member.getVersion(), member.getFullName(),
				Set.of(Role.CASEWORKER, Role.ADMIN), person.teamIds(), Set.of()), "test");
		// The principal in the session still says CASEWORKER only; the refresh applies
		// the change.
		this.mvc.perform(get("/admin/staff").with(user(person))).andExpect(status().isOk());
		this.directory.update(person.id(), new StaffChanges(this.directory.get(person.id()).getVersion(),
				member.getFullName(), Set.of(Role.CASEWORKER), person.teamIds(), Set.of()), "test");
		this.mvc.perform(get("/admin/staff").with(user(person))).andExpect(status().isForbidden());
	}

	@Test
	void actuatorShowsOnlyHealthAndInfo() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}"));
		this.mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		CurrentUser admin = this.staff.admin();
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/sessions",
				"/actuator/heapdump" }) {
			this.mvc.perform(get(endpoint).with(user(admin))).andExpect(status().isNotFound());
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void anAddressNoPageAnswersIsNotFoundNotARoleProblem(Role role) throws Exception {
		CurrentUser person = this.staff.withRole(role);
		for (String url : new String[] { "/participants/3/caseload", "/participants/export", "/finnes-ikke",
				"/participants/3/visits/abc", "/admin/staff/abc" }) {
			this.mvc.perform(get(url).with(user(person))).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/participants/3/caseload").with(csrf()).with(user(person)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRoleProblemOnAnAddressThatExistsStaysA403() throws Exception {
		CurrentUser nav = this.staff.withRole(Role.NAV);
		this.mvc.perform(get("/participants").with(user(nav))).andExpect(status().isForbidden());
		this.mvc.perform(get("/participants/3").with(user(nav))).andExpect(status().isForbidden());
		this.mvc.perform(post("/participants/3/edit").with(csrf()).with(user(nav))).andExpect(status().isForbidden());
	}

}
