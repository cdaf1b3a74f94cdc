package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone: a new person logs in with the start password, is held at the
 * password page until they have chosen their own, then reaches their home page; the
 * section leader's list of participants who need a new caseworker and the administrator's
 * deactivation warning. Every page axe-clean, none scrolling sideways.
 */
class StaffLifecycleBrowserTest extends BrowserTest {

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewPersonChoosesTheirOwnPasswordFirstOnAPhone() {
		long team = this.staff.team(this.staff.section());
		this.staff.newlyCreated("nyansatt", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		Page page = chromium.newPage(360, 740);
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill("nyansatt");
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();

		assertThat(page).hasURL(url("/account/password"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Du må velge et nytt passord før du kan gå videre.");
		Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bytt passord"));
		assertThat(submit.boundingBox().height).isGreaterThanOrEqualTo(44);
		assertNoSidewaysScrolling(page);
		Chromium.screenshot(page, "password-required-phone");
		Chromium.assertAccessible(page);

		// The menu offers nothing to go to but the password page and logging out.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis eller skjul menyen")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltakere"))).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut"))).isVisible();
		page.navigate(url("/participants"));
		assertThat(page).hasURL(url("/account/password"));

		String own = "mitt eget passord på telefonen";
		page.getByLabel("Nåværende passord").fill(TestStaff.PASSWORD);
		page.getByLabel("Nytt passord", new Page.GetByLabelOptions().setExact(true)).fill(own);
		page.getByLabel("Gjenta nytt passord").fill(own);
		submit.click();

		assertThat(page).hasURL(url("/"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Passordet er byttet.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Hei, Test nyansatt");
		assertNoSidewaysScrolling(page);
		Chromium.assertAccessible(page);
	}

	@Test
	void theSectionLeadersListAndTheAdministratorsWarningOnAPhone() {
		long section = this.staff.section();
		long team = this.staff.team(section);
		this.staff.person("leder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.staff.person("sjef", Set.of(Role.ADMIN), Set.of(), Set.of());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		LocalDate included = LocalDate.now(TimeConfiguration.OSLO).minusDays(10);
		this.participants.aParticipant().named("Frida Første med et langt etternavn").includedOn(included).by(kari);
		this.participants.aParticipant().named("Anders Andre").includedOn(included).by(kari);

		Page admin = loggedIn("sjef", 360, 740);
		admin.navigate(url("/admin/staff/" + kari.id()));
		assertThat(admin.locator("#handover")).containsText("Test kari er booppfølger for 2 aktive deltakere.");
		assertNoSidewaysScrolling(admin);
		Chromium.screenshot(admin, "deactivation-warning-phone");
		Chromium.assertAccessible(admin);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deaktiver likevel")).click();
		assertThat(admin.locator("#handover")).containsText("Brukeren er deaktivert.");

		Page leader = loggedIn("leder", 360, 740);
		leader.navigate(url("/participants"));
		leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se listen")).click();
		assertThat(leader).hasURL(url("/participants/to-reassign"));
		assertThat(leader.getByRole(AriaRole.LISTITEM)).hasCount(2);
		Locator assign = leader.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Gi ny booppfølger: Anders Andre"));
		assertThat(assign.boundingBox().height).isGreaterThanOrEqualTo(44);
		assertNoSidewaysScrolling(leader);
		Chromium.screenshot(leader, "to-reassign-phone");
		Chromium.assertAccessible(leader);
		assign.click();
		assertThat(leader).hasURL(url("/participants/" + idOf("Anders Andre") + "/assign?from=to-reassign"));
	}

	private long idOf(String name) {
		return this.jdbc.queryForObject("SELECT id FROM participant WHERE full_name = ?", Long.class, name);
	}

	private static void assertNoSidewaysScrolling(Page page) {
		Object scrollWidth = Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth");
		Object clientWidth = page.evaluate("document.documentElement.clientWidth");
		assertThat(((Number) scrollWidth).intValue()).as("page width")
			.isLessThanOrEqualTo(((Number) clientWidth).intValue());
	}

}
