package no.kommune.housingfirst.e2e;

import java.time.Instant;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.Totp;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: the first login after the second factor is switched on enrols an
 * authenticator app (a wrong code first, then the right one), shows the recovery codes
 * once, and the next login asks for a code; then a recovery code instead. Every page is
 * checked with axe and for sideways scrolling at 360 px.
 */
@TestPropertySource(properties = "housingfirst.security.second-factor.required-roles=CASEWORKER,ADMIN")
class SecondFactorBrowserTest extends BrowserTest {

	@Test
	void enrolOnAPhoneThenLogInWithACodeThenWithARecoveryCode() {
		long team = this.staff.team(this.staff.section());
		this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		Page page = chromium.newPage(360, 740);
		logIn(page);
		assertThat(page).hasURL(url("/account/second-factor"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Bekreft at det er deg");
		checkPage(page, "second-factor-enrol");
		byte[] secret = Totp.fromBase32(page.locator("#totp-secret").textContent());

		page.getByLabel("Kode fra appen").fill(Totp.code(secret, Totp.step(Instant.now()) + 5));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koble til appen")).click();
		assertThat(page.locator("#code-error")).containsText("Koden stemmer ikke");
		assertThat(page.getByLabel("Kode fra appen")).hasAttribute("aria-invalid", "true");
		checkPage(page, "second-factor-wrong");

		page.getByLabel("Kode fra appen").fill(Totp.code(secret, Totp.step(Instant.now())));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koble til appen")).click();
		assertThat(page).hasURL(url("/account/second-factor/recovery-codes"));
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		String recoveryCode = page.locator("#recovery-codes li").nth(0).textContent().strip();
		checkPage(page, "second-factor-recovery-codes");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jeg har tatt vare på kodene")).click();
		assertThat(page).hasURL(url("/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hei, Test kari");

		logOut(page);
		logIn(page);
		assertThat(page).hasURL(url("/account/second-factor"));
		assertThat(page.locator("#totp-secret")).hasCount(0);
		checkPage(page, "second-factor-verify");
		page.getByLabel("Kode fra appen").fill(Totp.code(secret, Totp.step(Instant.now()) + 1));
		page.getByLabel("Kode fra appen").press("Enter");
		assertThat(page).hasURL(url("/"));
		// The home page itself, not only its address: a click while the page is still
		// being
		// replaced can land on the old one.
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hei, Test kari");

		logOut(page);
		logIn(page);
		page.getByText("Har du mistet telefonen? Bruk en gjenopprettingskode").click();
		page.getByLabel("Gjenopprettingskode").fill(recoveryCode);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bruk koden")).click();
		assertThat(page).hasURL(url("/"));
		assertThat(page.getByText("Du brukte en gjenopprettingskode.")).isVisible();
	}

	/**
	 * Through the folded menu, as on a phone: the menu fully open before "Logg ut" is
	 * tapped (a tap while it unfolds can be lost), and the logout's own redirect done
	 * before anything else (a new navigation during it is aborted).
	 */
	private void logOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis eller skjul menyen")).click();
		assertThat(page.locator("#main-nav"))
			.hasClass(java.util.regex.Pattern.compile("^(?!.*collapsing).*\\bshow\\b"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg ut")).click();
		assertThat(page).hasURL(url("/login?logout"));
	}

	private void logIn(Page page) {
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill("kari");
		page.getByLabel("Passord").fill(TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
	}

	private static void checkPage(Page page, String name) {
		Chromium.screenshot(page, name);
		Chromium.assertAccessible(page);
		assertThat(
				((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth - window.innerWidth"))
					.intValue())
			.as("sideways scrolling on " + name)
			.isLessThanOrEqualTo(0);
		// The buttons are big enough to tap.
		for (var button : page.locator("#content button, #content .btn").all()) {
			if (button.isVisible()) {
				assertThat(button.boundingBox().height).as(name + " tap target").isGreaterThanOrEqualTo(44);
			}
		}
	}

}
