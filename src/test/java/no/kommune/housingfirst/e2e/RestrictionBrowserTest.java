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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restriction of processing (GDPR art. 18) on a phone (360 px): a caseworker restricts
 * through the form (an empty ground refused next to the field first) and lands on their
 * list without the participant; the section leader sees the badge, the banner with the
 * ground and the list of restricted records, and lifts it. Every page axe-clean, without
 * sideways scrolling, its buttons at least 44 px tall; the leader's pages at desktop
 * width too.
 */
class RestrictionBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final String GROUND = "Deltakeren bestrider at opplysningene om tidligere bosted er riktige.";

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	long rita;

	@BeforeEach
	void setUp() {
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("lise", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.rita = this.participants.aParticipant().named("Rita Begrenset").includedOn(TODAY.minusDays(30)).by(kari);
		this.participants.aParticipant().named("Ola Synlig").includedOn(TODAY.minusDays(20)).by(kari);
	}

	@Test
	void aCaseworkerRestrictsAndTheSectionLeaderLiftsOnAPhone() {
		Page kari = loggedIn("kari", 360, 740);
		kari.navigate(url("/participants/" + this.rita));
		kari.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Begrens behandlingen").setExact(true)).tap();
		assertThat(kari).hasURL(url("/participants/" + this.rita + "/restrict"));
		fitsAndIsAccessible(kari, 360, "restrict-form");

		// An empty ground: refused next to the field, nothing saved.
		kari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begrens behandlingen")).tap();
		assertThat(kari.locator("#text-error")).containsText("Må fylles ut.");
		assertThat(kari.getByLabel("Grunnlag")).hasAttribute("aria-invalid", "true");
		assertThat(periods()).isZero();
		fitsAndIsAccessible(kari, 360, "restrict-form-error");

		kari.getByLabel("Grunnlag").fill(GROUND);
		kari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begrens behandlingen")).tap();
		assertThat(kari).hasURL(url("/participants"));
		assertThat(kari.getByRole(AriaRole.STATUS)).containsText("Behandlingen er nå begrenset");
		assertThat(kari.locator("main")).containsText("Ola Synlig");
		assertThat(kari.locator("main")).not().containsText("Rita Begrenset");
		fitsAndIsAccessible(kari, 360, "restrict-caseworker-list");
		assertThat(periods()).isOne();

		Page lise = loggedIn("lise", 360, 740);
		lise.navigate(url("/participants"));
		Locator row = lise.locator("main li, main tr").filter(new Locator.FilterOptions().setHasText("Rita Begrenset"));
		assertThat(row.first()).containsText("Begrenset behandling");
		fitsAndIsAccessible(lise, 360, "restrict-leader-list");

		lise.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Begrenset behandling").setExact(true)).tap();
		assertThat(lise).hasURL(url("/participants/restricted"));
		assertThat(lise.locator("main")).containsText("1 deltaker");
		assertThat(lise.locator("main")).containsText(GROUND);
		fitsAndIsAccessible(lise, 360, "restricted-list");

		lise.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rita Begrenset").setExact(true)).tap();
		assertThat(lise).hasURL(url("/participants/" + this.rita));
		assertThat(lise.locator(".restriction-banner")).containsText(GROUND);
		assertThat(lise.locator("main")).containsText("Begrenset behandling");
		fitsAndIsAccessible(lise, 360, "restricted-participant");

		lise.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opphev begrensningen").setExact(true)).tap();
		assertThat(lise).hasURL(url("/participants/" + this.rita + "/lift-restriction"));
		assertThat(lise.locator(".restriction-banner")).containsText(GROUND);
		fitsAndIsAccessible(lise, 360, "lift-form");
		lise.getByLabel("Begrunnelse for å oppheve").fill("Opplysningene er kontrollert og rettet.");
		lise.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opphev begrensningen")).tap();
		assertThat(lise).hasURL(url("/participants/" + this.rita));
		assertThat(lise.getByRole(AriaRole.STATUS).first()).containsText("Begrensningen er opphevet");
		assertThat(lise.locator(".restriction-banner")).hasCount(0);
		assertThat(lise.locator(".restriction-history")).containsText("Opplysningene er kontrollert og rettet.");
		fitsAndIsAccessible(lise, 360, "restriction-lifted");
		assertThat(
				this.jdbc.queryForObject("SELECT restricted FROM participant WHERE id = ?", Boolean.class, this.rita))
			.isFalse();

		// Back on the caseworker's list.
		kari.navigate(url("/participants"));
		assertThat(kari.locator("main")).containsText("Rita Begrenset");
	}

	@Test
	void theSectionLeadersPagesAtDesktopWidth() {
		Page kari = loggedIn("kari", 1280, 900);
		kari.navigate(url("/participants/" + this.rita + "/restrict"));
		kari.getByLabel("Grunnlag").fill(GROUND);
		kari.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begrens behandlingen")).click();
		assertThat(kari.getByRole(AriaRole.STATUS)).containsText("Behandlingen er nå begrenset");

		Page lise = loggedIn("lise", 1280, 900);
		lise.navigate(url("/participants"));
		assertThat(lise.locator("main")).containsText("Begrenset behandling");
		fitsAndIsAccessible(lise, 1280, "restrict-leader-list-desktop");
		lise.navigate(url("/participants/restricted"));
		assertThat(lise.locator("main")).containsText(GROUND);
		fitsAndIsAccessible(lise, 1280, "restricted-list-desktop");
		lise.navigate(url("/participants/" + this.rita));
		assertThat(lise.locator(".restriction-banner")).containsText(GROUND);
		fitsAndIsAccessible(lise, 1280, "restricted-participant-desktop");
		lise.navigate(url("/participants/" + this.rita + "/lift-restriction"));
		fitsAndIsAccessible(lise, 1280, "lift-form-desktop");
	}

	private long periods() {
		return this.jdbc.queryForObject("SELECT count(*) FROM participant_restriction WHERE participant_id = ?",
				Long.class, this.rita);
	}

	private static void fitsAndIsAccessible(Page page, int width, String name) {
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.as("sideways scroll on " + name)
			.isLessThanOrEqualTo(width);
		if (width < 600) {
			Locator targets = page.locator("main .btn, main textarea, main input:not([type=hidden])");
			for (int i = 0; i < targets.count(); i++) {
				if (targets.nth(i).isVisible()) {
					assertThat(targets.nth(i).boundingBox().height).as("tap target %d on %s", i, name)
						.isGreaterThanOrEqualTo(44);
				}
			}
		}
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, name);
	}

}
