package no.kommune.housingfirst.e2e;

import java.util.ArrayList;
import java.util.List;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker logs in through the real form in a real browser, on a desktop and a phone.
 */
class LoginBrowserTest extends BrowserTest {

	@BeforeEach
	void setUp() {
		long team = this.staff.team(this.staff.section());
		this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
	}

	@Test
	void kariLogsInAndSeesHerHomePage() {
		Page page = chromium.newPage(1280, 800);
		List<String> consoleErrors = collectConsoleErrors(page);
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "login");

		page.getByLabel("Brukernavn").fill("kari");
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();

		assertThat(page).hasURL(url("/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hei, Test kari");
		assertThat(page.getByText("Booppfølger").first()).isVisible();
		Chromium.screenshot(page, "kari-home");
		Chromium.assertAccessible(page);
		assertThat(consoleErrors).as("browser console errors (CSP violations among them)").isEmpty();
	}

	@Test
	void theFrameWorksOnAPhoneAndByKeyboard() {
		Page page = chromium.newPage(360, 740);
		page.navigate(url("/login"));
		page.keyboard().press("Tab");
		assertThat(page.getByText("Hopp til innholdet")).isFocused();
		page.getByLabel("Brukernavn").fill("kari");
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByLabel("Passord").press("Enter");
		assertThat(page).hasURL(url("/"));

		// On a phone the menu is folded away behind a button that opens it.
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bytt passord"))).isHidden();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis eller skjul menyen")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bytt passord"))).isVisible();
		Chromium.screenshot(page, "kari-home-phone");
		Chromium.assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
		assertThat(page).hasURL(url("/login?logout"));
		assertThat(page.getByText("Du er logget ut.")).isVisible();
	}

	@Test
	void wrongPasswordSaysSoWithoutSayingWhich() {
		Page page = chromium.newPage(1280, 800);
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill("kari");
		page.getByLabel("Passord").fill("feil passord her");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Feil brukernavn eller passord");
		Chromium.assertAccessible(page);
	}

	private static List<String> collectConsoleErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		return errors;
	}

}
