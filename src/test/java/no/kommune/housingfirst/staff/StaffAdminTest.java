package no.kommune.housingfirst.staff;

import java.util.Set;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators create and change people; bad input saves nothing and says why, in
 * Norwegian.
 */
@IntegrationTest
class StaffAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	StaffDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	CurrentUser admin;

	long team;

	@BeforeEach
	void setUp() {
		this.admin = this.staff.admin();
		this.team = this.staff.team(this.staff.section());
	}

	@Test
	void createsACaseworkerWithTeamAndInitialPassword() throws Exception {
		this.mvc
			.perform(newStaff().param("username", "Trine.Test")
				.param("fullName", "Trine Test")
				.param("password", "et langt og godt startpassord")
				.param("roles", "CASEWORKER")
				.param("teamIds", String.valueOf(this.team)))
			.andExpect(redirectedUrlPattern("/admin/staff/*"));
		this.entityManager.flush();
		var row = this.jdbc.queryForMap("SELECT id, full_name, password_hash FROM staff_member WHERE username = ?",
				"trine.test");
		assertThat(row.get("full_name")).isEqualTo("Trine Test");
		assertThat(this.passwordEncoder.matches("et langt og godt startpassord", (String) row.get("password_hash")))
			.isTrue();
		assertThat(this.jdbc.queryForList("SELECT team_id FROM staff_member_team WHERE staff_member_id = ?", Long.class,
				row.get("id")))
			.containsExactly(this.team);
	}

	@Test
	void invalidInputIsExplainedByTheFieldAndSavesNothing() throws Exception {
		long before = count();
		this.mvc
			.perform(newStaff().param("username", "")
				.param("fullName", "x".repeat(300))
				.param("password", "kort")
				.param("roles", "CASEWORKER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("Må fylles ut.")))
			.andExpect(content().string(containsString("For langt: høyst 200 tegn.")))
			.andExpect(content().string(containsString("En booppfølger må høre til minst ett team.")))
			.andExpect(content().string(not(containsString("kort\""))));
		this.mvc
			.perform(newStaff().param("username", "gyldig")
				.param("fullName", "Gyldig Navn")
				.param("password", "passord123")
				.param("roles", "NAV"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dette passordet er for vanlig.")));
		this.mvc
			.perform(newStaff().param("username", "ugyldig navn!")
				.param("fullName", "Navn")
				.param("password", "et langt og godt passord"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bruk bare bokstavene a–z")))
			.andExpect(content().string(containsString("Velg minst én rolle.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aTakenUsernameIsRefused() throws Exception {
		CurrentUser existing = this.staff.withRole(Role.NAV);
		this.mvc
			.perform(newStaff().param("username", existing.getUsername())
				.param("fullName", "Dobbel")
				.param("password", "et langt og godt passord")
				.param("roles", "NAV"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Brukernavnet er allerede i bruk.")));
	}

	@Test
	void postedExtraFieldsChangeNothing() throws Exception {
		CurrentUser person = this.staff.caseworker(this.team);
		StaffMember before = this.directory.get(person.id());
		this.mvc
			.perform(post("/admin/staff/" + person.id()).with(csrf())
				.with(user(this.admin))
				.param("version", String.valueOf(before.getVersion()))
				.param("fullName", "Nytt Navn")
				.param("roles", "CASEWORKER")
				.param("teamIds", String.valueOf(this.team))
				.param("username", "overtatt")
				.param("password", "et helt nytt passord")
				.param("id", "999")
				.param("active", "false")
				.param("passwordHash", "x")
				.param("failedLogins", "99"))
			.andExpect(redirectedUrlPattern("/admin/staff/*"));
		this.entityManager.flush();
		var row = this.jdbc.queryForMap("SELECT * FROM staff_member WHERE id = ?", person.id());
		assertThat(row.get("username")).isEqualTo(person.getUsername());
		assertThat(row.get("full_name")).isEqualTo("Nytt Navn");
		assertThat(row.get("active")).isEqualTo(true);
		assertThat(row.get("failed_logins")).isEqualTo(0);
		assertThat(this.passwordEncoder.matches(TestStaff.PASSWORD, (String) row.get("password_hash"))).isTrue();
	}

	@Test
	void aSecondEditorGetsAConflictThatKeepsWhatTheyTyped() throws Exception {
		CurrentUser person = this.staff.caseworker(this.team);
		int seen = this.directory.get(person.id()).getVersion();
		this.directory.update(person.id(),
				new StaffChanges(seen, "Første Lagring", Set.of(Role.CASEWORKER), Set.of(this.team), Set.of()),
				"other");
		this.entityManager.flush();
		this.mvc
			.perform(post("/admin/staff/" + person.id()).with(csrf())
				.with(user(this.admin))
				.param("version", String.valueOf(seen))
				.param("fullName", "Andre Lagring")
				.param("roles", "CASEWORKER")
				.param("teamIds", String.valueOf(this.team)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre har endret denne personen")))
			.andExpect(content().string(containsString("value=\"Andre Lagring\"")))
			.andExpect(content().string(containsString("Første Lagring")));
		assertThat(this.directory.get(person.id()).getFullName()).isEqualTo("Første Lagring");
	}

	@Test
	void deactivateAndReactivate() throws Exception {
		CurrentUser person = this.staff.caseworker(this.team);
		this.mvc.perform(post("/admin/staff/" + person.id() + "/deactivate").with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrlPattern("/admin/staff/*"));
		assertThat(this.directory.get(person.id()).isActive()).isFalse();
		this.mvc.perform(post("/admin/staff/" + person.id() + "/reactivate").with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrlPattern("/admin/staff/*"));
		assertThat(this.directory.get(person.id()).isActive()).isTrue();
	}

	@Test
	void anAdministratorCannotDeactivateThemselves() throws Exception {
		this.mvc.perform(post("/admin/staff/" + this.admin.id() + "/deactivate").with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrlPattern("/admin/staff/*"));
		assertThat(this.directory.get(this.admin.id()).isActive()).isTrue();
	}

	@Test
	void resetPasswordFollowsThePolicy() throws Exception {
		CurrentUser person = this.staff.caseworker(this.team);
		this.mvc
			.perform(post("/admin/staff/" + person.id() + "/password").with(csrf())
				.with(user(this.admin))
				.param("newPassword", "12345678"))
			.andExpect(redirectedUrlPattern("/admin/staff/*"));
		this.mvc
			.perform(post("/admin/staff/" + person.id() + "/password").with(csrf())
				.with(user(this.admin))
				.param("newPassword", "nytt og langt passord"))
			.andExpect(redirectedUrlPattern("/admin/staff/*"));
		this.entityManager.flush();
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM staff_member WHERE id = ?", String.class,
				person.id());
		assertThat(this.passwordEncoder.matches("nytt og langt passord", hash)).isTrue();
	}

	@Test
	void listPagesAndSearches() throws Exception {
		CurrentUser person = this.staff.caseworker(this.team);
		this.mvc.perform(get("/admin/staff").param("q", person.getUsername()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(person.fullName())))
			.andExpect(content().string(not(containsString(this.admin.fullName() + "</a>"))));
	}

	@Test
	void sectionsAndTeamsAreCreatedAndValidated() throws Exception {
		String name = TestStaff.unique("Seksjon Vest ");
		this.mvc.perform(post("/admin/organisation/sections").with(csrf()).with(user(this.admin)).param("name", name))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/admin/organisation"));
		this.mvc.perform(post("/admin/organisation/sections").with(csrf()).with(user(this.admin)).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Navnet er allerede i bruk.")));
		this.mvc.perform(post("/admin/organisation/teams").with(csrf()).with(user(this.admin)).param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Må fylles ut.")));
	}

	private long count() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT count(*) FROM staff_member", Long.class);
	}

	private MockHttpServletRequestBuilder newStaff() {
		return post("/admin/staff/new").with(csrf()).with(user(this.admin));
	}

}
