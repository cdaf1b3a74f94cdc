package no.kommune.housingfirst.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker includes a participant through the real form, finds them again, prints the
 * access extract; stored script in names and notes stays text; every page passes axe.
 */
class ParticipantBrowserTest extends BrowserTest {

	static final String SCRIPT_NAME = "<script>alert('navn')</script> Skummel";

	static final String IMAGE_NOTES = "<img src=x onerror=alert('notat')> Ring før besøk";

	@Autowired
	TestParticipants participants;

	CurrentUser kari;

	@BeforeEach
	void setUp() {
		long team = this.staff.team(this.staff.section());
		this.kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
	}

	@Test
	void storedScriptInNameAndNotesRendersAsText() {
		long id = this.participants.aParticipant().named(SCRIPT_NAME).withNotes(IMAGE_NOTES).by(this.kari);
		Page page = loggedIn("kari", 1280, 900);
		List<String> dialogs = new ArrayList<>();
		page.onDialog((dialog) -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		page.navigate(url("/participants"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SCRIPT_NAME))).isVisible();
		page.navigate(url("/participants/" + id));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(SCRIPT_NAME);
		assertThat(page.getByText(IMAGE_NOTES)).isVisible();
		assertThat(page.locator("img[src=x]")).hasCount(0);
		page.navigate(url("/participants/" + id + "/edit"));
		assertThat(page.getByLabel("Navn")).hasValue(SCRIPT_NAME);
		assertThat(page.getByLabel("Praktisk informasjon")).hasValue(IMAGE_NOTES);
		assertThat(dialogs).isEmpty();
	}

	@Test
	void includeFindAndPrintTheAccessExtract() {
		Page page = loggedIn("kari", 1280, 900);
		page.navigate(url("/participants"));
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inkluder ny deltaker")).click();

		// First an empty submit: the messages stand by their fields, and the page stays
		// accessible.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inkluder")).click();
		assertThat(page.locator("#fullName-error")).hasText("Må fylles ut.");
		Chromium.assertAccessible(page);

		page.getByLabel("Navn").fill("Trine Testesen");
		page.getByLabel("Fødselsdato").fill("1984-06-30");
		page.getByLabel("Måneder bostedsløs").fill("18");
		page.getByLabel("Hvor bor personen nå?").selectOption("FRIENDS_SOFA");
		page.getByLabel("Samtykker til deling med NAV").check();
		page.getByLabel("Dato for samtykke").fill("2026-11-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inkluder")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Trine Testesen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Deltakeren er inkludert.");
		Chromium.screenshot(page, "participant-detail");
		Chromium.assertAccessible(page);

		page.navigate(url("/participants?q=30.06.1984"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trine Testesen"))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trine Testesen")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgangslogg")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.containsText("Innsyn i logg for Trine Testesen");
		assertThat(page.locator("tbody tr")).hasCount(4);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.getByRole(AriaRole.NAVIGATION).first()).isHidden();
		Chromium.screenshot(page, "access-extract-print");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
		Chromium.assertAccessible(page);
	}

	@Test
	void theParticipantPagesWorkOnAPhone() {
		long id = this.participants.aParticipant().named("Mobil Mona").by(this.kari);
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/participants/" + id));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mobil Mona");
		long overflow = ((Number) Chromium.laidOut(page)
			.evaluate("document.documentElement.scrollWidth - window.innerWidth")).longValue();
		assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
		Chromium.screenshot(page, "participant-phone");
		Chromium.assertAccessible(page);
	}

}
