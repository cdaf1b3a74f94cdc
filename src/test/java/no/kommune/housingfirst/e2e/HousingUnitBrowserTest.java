package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestHousing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The housing service registers a unit through the real form, choosing its district from
 * the municipality's list, and finds it in the register; on a phone too, after an
 * administrator has added the district.
 */
class HousingUnitBrowserTest extends BrowserTest {

	@Autowired
	TestHousing housing;

	@BeforeEach
	void setUp() {
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
	}

	@Test
	void registerAUnitAndFindItInTheRegister() {
		this.housing.district("Havna");
		Page page = loggedIn("bolig", 1280, 900);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Boliger").setExact(true)).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer bolig")).click();
		Chromium.assertAccessible(page);
		page.getByLabel("Gateadresse").fill("Fjordgata 3");
		page.getByLabel("Postnummer").fill("8006");
		page.getByLabel("Bydel").selectOption("Havna");
		page.getByLabel("Rom", new Page.GetByLabelOptions().setExact(true)).fill("2");
		page.getByLabel("Husleie per måned (kroner)").fill("9100");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Boligen er registrert.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reserver for Housing First")).click();
		assertThat(page.getByText("Reservert Housing First").first()).isVisible();
		assertThat(page.getByRole(AriaRole.LISTITEM)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Status")))
			.containsText("Reservert Housing First");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til boligene")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fjordgata 3, 8006"))).isVisible();
		Chromium.screenshot(page, "housing-units");
		Chromium.assertAccessible(page);
	}

	@Test
	void onAPhoneTheAdministratorAddsADistrictAndTheHousingOfficerRegistersAUnitInIt() {
		this.staff.person("admin", Set.of(Role.ADMIN), Set.of(), Set.of());
		Page admin = loggedIn("admin", 360, 740);
		admin.navigate(url("/admin/districts"));
		admin.getByLabel("Navn").fill("Nordbyen");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til")).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Bydelen er lagt til.");
		assertThat(admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nordbyen"))).isVisible();
		noSidewaysScrolling(admin);
		Chromium.screenshot(admin, "districts-phone");
		Chromium.assertAccessible(admin);
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nordbyen")).click();
		noSidewaysScrolling(admin);
		Chromium.assertAccessible(admin);

		LocalDate from = LocalDate.now(TimeConfiguration.OSLO).plusDays(14);
		String shown = from.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		Page page = loggedIn("bolig", 360, 740);
		page.navigate(url("/housing-units/new"));
		page.getByLabel("Gateadresse").fill("Storgata 12");
		page.getByLabel("Bolignummer").fill("H0203");
		page.getByLabel("Postnummer").fill("8001");
		page.getByLabel("Bydel").selectOption("Nordbyen");
		page.getByLabel("Rom", new Page.GetByLabelOptions().setExact(true)).fill("2");
		page.getByLabel("Husleie per måned (kroner)").fill("8700");
		page.getByLabel("Ledig fra").fill(from.toString());
		noSidewaysScrolling(page);
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Boligen er registrert.");
		assertThat(page.getByText("Ledig fra: " + shown)).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endringer"))).isVisible();
		assertThat(page.getByText("Registrert", new Page.GetByTextOptions().setExact(true))).isVisible();
		noSidewaysScrolling(page);
		Chromium.screenshot(page, "housing-unit-phone");
		Chromium.assertAccessible(page);

		page.navigate(url("/housing-units?district=Nordbyen&sort=AVAILABLE_FROM"));
		assertThat(page.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Storgata 12, H0203, 8001")))
			.containsText(shown);
		noSidewaysScrolling(page);
		Chromium.assertAccessible(page);
	}

	private static void noSidewaysScrolling(Page page) {
		long overflow = ((Number) Chromium.laidOut(page)
			.evaluate("document.documentElement.scrollWidth - window.innerWidth")).longValue();
		assertThat(overflow).as("no sideways scrolling on a phone: " + page.url()).isLessThanOrEqualTo(0);
	}

}
