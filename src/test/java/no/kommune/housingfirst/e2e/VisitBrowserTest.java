package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** In the field, on a phone: a visit from "Min uke" in three taps, then the tick. */
class VisitBrowserTest extends BrowserTest {

	@Autowired
	TestParticipants participants;

	@Autowired
	VisitService visits;

	long section;

	CurrentUser kari;

	long siri;

	long siriVisit;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		long team = this.staff.team(this.section);
		this.kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.participants.aParticipant()
			.named("Per Uten Besøk")
			.includedOn(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(40))
			.by(this.kari);
		this.siri = this.participants.aParticipant()
			.named("Siri Besøkt")
			.includedOn(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(40))
			.by(this.kari);
		this.siriVisit = this.visits.log(this.kari, this.siri, UUID.randomUUID(), VisitDetails
			.minimal(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO), VisitKind.HOME_VISIT, true));
	}

	@Test
	void aVisitFromMinUkeInThreeTaps() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/my-week"));
		Locator per = page.locator(".my-week-row", new Page.LocatorOptions().setHasText("Per Uten Besøk"));
		assertThat(per).containsText("Ikke besøkt ennå");
		assertThat(page.locator(".my-week-row").first()).containsText("Per Uten Besøk");
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "my-week-before");

		// Tap 1: log a visit for Per. Tap 2: contact made. Tap 3: save. Date and kind are
		// preset.
		per.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Logg besøk hos Per Uten Besøk")).tap();
		assertThat(page.getByLabel("Hjemmebesøk")).isChecked();
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "visit-form-phone");
		page.getByText("Traff deltakeren").tap();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre besøk")).first().tap();

		assertThat(page).hasURL(url("/my-week"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Besøket er lagret.");
		per = page.locator(".my-week-row", new Page.LocatorOptions().setHasText("Per Uten Besøk"));
		assertThat(per).containsText("Besøkt med kontakt");
		assertThat(per.locator(".state-mark")).hasText("✓");
		Chromium.screenshot(page, "my-week-after");
		Chromium.assertAccessible(page);
		long overflow = ((Number) Chromium.laidOut(page)
			.evaluate("document.documentElement.scrollWidth - window.innerWidth")).longValue();
		assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
	}

	@Test
	void noContactSaysWhyAndAVisitOnTheWrongPersonIsVoided() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/my-week"));
		page.locator(".my-week-row", new Page.LocatorOptions().setHasText("Per Uten Besøk"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Logg besøk hos Per Uten Besøk"))
			.tap();
		// The reasons stay out of the way until "Ikke truffet" is chosen.
		Locator why = page.getByText("Hvorfor ble det ikke kontakt?");
		assertThat(why).isHidden();
		page.getByText("Ikke truffet", new Page.GetByTextOptions().setExact(true)).tap();
		assertThat(why).isVisible();
		assertThat(page.getByLabel("Hva var grunnen?")).isHidden();
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "visit-form-no-contact");
		page.getByText("Annet", new Page.GetByTextOptions().setExact(true)).tap();
		assertThat(page.getByLabel("Hva var grunnen?")).isVisible();
		page.getByText("Ikke hjemme", new Page.GetByTextOptions().setExact(true)).tap();
		assertThat(page.getByLabel("Hva var grunnen?")).isHidden();
		assertNoSidewaysScrolling(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre besøk")).first().tap();

		assertThat(page).hasURL(url("/my-week"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Besøket er lagret.");
		assertThat(page.locator(".my-week-row", new Page.LocatorOptions().setHasText("Per Uten Besøk")))
			.containsText("Bare forsøkt, ikke truffet");
		assertThat(page.locator(".my-week-row", new Page.LocatorOptions().setHasText("Siri Besøkt")))
			.containsText("Besøkt med kontakt");

		// Siri's visit was logged on the wrong person: void it from its page.
		page.navigate(url("/participants/" + this.siri + "/visits/" + this.siriVisit));
		page.locator("summary", new Page.LocatorOptions().setHasText("Annuller besøket")).tap();
		page.getByLabel("Hvorfor annulleres besøket?").selectOption("WRONG_PARTICIPANT");
		page.getByLabel("Kommentar").fill("Skulle vært ført på Per");
		Chromium.assertAccessible(page);
		assertNoSidewaysScrolling(page);
		Chromium.screenshot(page, "visit-void-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuller besøket")).tap();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Besøket er annullert.");
		assertThat(page.locator(".badge-voided")).hasText("Annullert");
		assertThat(page.getByText("Grunn: Ført på feil person")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rett besøket"))).hasCount(0);
		Chromium.assertAccessible(page);
		assertNoSidewaysScrolling(page);
		Chromium.screenshot(page, "visit-voided");
		page.navigate(url("/participants/" + this.siri + "/visits"));
		assertThat(page.locator(".week").first()).containsText("Ingen besøk");
		assertThat(page.locator(".week").first()).containsText("Annullert");
		Chromium.assertAccessible(page);
		page.navigate(url("/my-week"));
		assertThat(page.locator(".my-week-row", new Page.LocatorOptions().setHasText("Siri Besøkt")))
			.containsText("Ikke besøkt ennå");
	}

	private static void assertNoSidewaysScrolling(Page page) {
		long overflow = ((Number) Chromium.laidOut(page)
			.evaluate("document.documentElement.scrollWidth - window.innerWidth")).longValue();
		assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
	}

	@Test
	void theHistoryAndTheComplianceTableAreAccessible() {
		this.staff.person("leder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(this.section));
		Page page = loggedIn("leder", 1280, 900);
		page.navigate(url("/visits/compliance"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Besøksoppfølging");
		Chromium.screenshot(page, "compliance");
		Chromium.assertAccessible(page);
		page.navigate(url("/participants"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Siri Besøkt")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besøk").setExact(true)).click();
		assertThat(page.locator(".week").first()).containsText("Besøkt");
		Chromium.screenshot(page, "visit-history");
		Chromium.assertAccessible(page);
	}

}
