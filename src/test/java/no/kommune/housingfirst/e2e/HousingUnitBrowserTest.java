package no.kommune.housingfirst.e2e;

import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The housing service registers a unit through the real form and finds it in the
 * register.
 */
class HousingUnitBrowserTest extends BrowserTest {

	@BeforeEach
	void setUp() {
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
	}

	@Test
	void registerAUnitAndFindItInTheRegister() {
		Page page = loggedIn("bolig", 1280, 900);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Boliger").setExact(true)).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer bolig")).click();
		Chromium.assertAccessible(page);
		page.getByLabel("Gateadresse").fill("Fjordgata 3");
		page.getByLabel("Postnummer").fill("8006");
		page.getByLabel("Bydel").fill("Havna");
		page.getByLabel("Rom", new Page.GetByLabelOptions().setExact(true)).fill("2");
		page.getByLabel("Husleie per måned (kroner)").fill("9100");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Boligen er registrert.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reserver for Housing First")).click();
		assertThat(page.getByText("Reservert Housing First")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til boligene")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fjordgata 3, 8006"))).isVisible();
		Chromium.screenshot(page, "housing-units");
		Chromium.assertAccessible(page);
	}

}
