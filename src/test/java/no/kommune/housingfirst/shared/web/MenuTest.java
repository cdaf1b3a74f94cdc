package no.kommune.housingfirst.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The page frame's menu, now read from {@link SignedIn} instead of the security dialect:
 * each role sees exactly its own links, somebody with several roles sees the union, and a
 * visitor who is not signed in sees no menu, no name and no offline identity.
 */
@IntegrationTest
class MenuTest {

	static final Map<Role, List<String>> LINKS = Map.of(Role.CASEWORKER,
			List.of("/my-week", "/participants", "/fidelity", "/allocation-meetings"), Role.SECTION_LEADER,
			List.of("/participants", "/dashboard", "/visits/compliance", "/survey", "/fidelity", "/allocation-meetings",
					"/audit"),
			Role.NAV, List.of("/nav/first-rent", "/nav/rent-deductions"), Role.HOUSING_OFFICER,
			List.of("/housing-units", "/caretaker"), Role.CARETAKER, List.of("/caretaker"), Role.ADMIN,
			List.of("/audit", "/admin/staff", "/admin/organisation", "/admin/districts"));

	static final Pattern NAV_LINK = Pattern.compile("<a class=\"nav-link\" href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Test
	void eachRoleSeesItsOwnLinks() throws Exception {
		for (Role role : Role.values()) {
			CurrentUser person = this.staff.withRole(role);
			String page = home(person);
			assertThat(menu(page)).as(role.name()).containsExactlyInAnyOrderElementsOf(expected(Set.of(role)));
			assertThat(page).contains("<meta name=\"hf-offline-user\" content=\"" + person.id() + "\">")
				.contains("<strong>" + person.fullName() + "</strong>");
		}
	}

	@Test
	void severalRolesSeeTheUnion() throws Exception {
		long team = this.staff.team(this.staff.section());
		CurrentUser both = this.staff.person(TestStaff.unique("to-roller"), Set.of(Role.NAV, Role.HOUSING_OFFICER),
				Set.of(team), Set.of());
		assertThat(menu(home(both)))
			.containsExactlyInAnyOrderElementsOf(expected(Set.of(Role.NAV, Role.HOUSING_OFFICER)));
	}

	@Test
	void aVisitorHasNoMenu() throws Exception {
		String login = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(menu(login)).isEmpty();
		assertThat(login).doesNotContain("hf-offline-user").doesNotContain("main-nav");
	}

	private String home(CurrentUser person) throws Exception {
		return this.mvc.perform(get("/").with(user(person))).andReturn().getResponse().getContentAsString();
	}

	private static Set<String> expected(Set<Role> roles) {
		var links = new java.util.TreeSet<String>();
		links.add("/");
		links.add("/account/password");
		roles.forEach((role) -> links.addAll(LINKS.get(role)));
		return links;
	}

	private static Set<String> menu(String page) {
		var links = new java.util.TreeSet<String>();
		Matcher matcher = NAV_LINK.matcher(page);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

}
