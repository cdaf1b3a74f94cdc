package no.kommune.housingfirst.e2e;

import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The housing service registers a unit through the real form and finds it in the
 * register.
 */
@ServerTest
class HousingUnitBrowserTest {

	static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
	}

	@Test
	void registerAUnitAndFindItInTheRegister() {
		Page page = chromium.newPage(1280, 900);
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill("bolig");
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
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

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
