package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

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
 * Writing a bo-plan with the participant on a phone: goal rows added and removed with
 * htmx (no page load, focus on the new row) and, without JavaScript, by plain submits;
 * every page axe-clean at 360 px and on a desktop; the print view in print media.
 */
class BoPlanBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	long participant;

	@BeforeEach
	void setUp() {
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.participant = this.participants.aParticipant()
			.named("Siv Plansen")
			.includedOn(TODAY.minusDays(40))
			.by(kari);
	}

	/**
	 * Without scripts in the page Playwright cannot wait for an element to be stable (it
	 * needs animation frames), and a forced click can miss: use the keyboard, as a person
	 * without a mouse would. Space ticks a checkbox.
	 */
	static void tick(com.microsoft.playwright.Locator checkbox) {
		checkbox.focus();
		checkbox.press("Space");
		assertThat(checkbox).isChecked();
	}

	/** Enter on a focused button submits its form. */
	static void press(com.microsoft.playwright.Locator button) {
		button.focus();
		button.press("Enter");
	}

	String plan(String tail) {
		return url("/participants/" + this.participant + "/bo-plan" + tail);
	}

	void noSidewaysScrolling(Page page) {
		long overflow = ((Number) Chromium.laidOut(page)
			.evaluate("document.documentElement.scrollWidth - window.innerWidth")).longValue();
		assertThat(overflow).as("no sideways scrolling on " + page.url()).isLessThanOrEqualTo(0);
	}

	@Test
	void goalRowsComeAndGoWithoutAPageLoadOnAPhone() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(plan(""));
		assertThat(page.getByText("Deltakeren har ingen boplan ennå.")).isVisible();
		Chromium.assertAccessible(page);
		noSidewaysScrolling(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv boplan")).tap();

		page.getByLabel("Hva skal til for at boligen blir et varig og trygt sted å bo?")
			.fill("Ha en dør jeg kan låse, og naboer som hilser.");
		page.locator("#goals-0-area").selectOption("HOUSING");
		page.locator("#goals-0-wording").fill("Lære å bruke vaskemaskinen");
		page.locator("#goals-0-responsible-PARTICIPANT").check();
		// A marker that survives only if the page is not loaded again.
		page.evaluate("window.stillTheSamePage = true");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til mål")).tap();
		assertThat(page.locator("#goals-1-area")).isFocused();
		assertThat(page.getByText("Mål 2", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
		assertThat(page.locator("#goals-0-wording")).hasValue("Lære å bruke vaskemaskinen");
		page.locator("#goals-1-area").selectOption("FINANCES");
		page.locator("#goals-1-wording").fill("Et mål jeg angrer på");
		page.locator("#goals-1-responsible-NAV").check();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til mål")).tap();
		page.locator("#goals-2-area").selectOption("NETWORK");
		page.locator("#goals-2-wording").fill("Ringe mamma hver søndag");
		page.locator("#goals-2-responsible-OTHER").check();
		page.locator("#goals-2-otherName").fill("Mamma");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fjern mål 2")).tap();
		assertThat(page.locator(".goal-row")).hasCount(2);
		assertThat(page.locator("#goals-1-wording")).hasValue("Ringe mamma hver søndag");
		assertThat(page.locator("#goals-1-otherName")).hasValue("Mamma");
		assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
		Chromium.assertAccessible(page);
		noSidewaysScrolling(page);
		Chromium.screenshot(page, "bo-plan-form-phone");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_version", Integer.class)).isZero();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre som ny versjon")).tap();
		assertThat(page).hasURL(plan(""));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Boplanen er lagret som en ny versjon.");
		assertThat(page.getByText("Ringe mamma hver søndag")).isVisible();
		assertThat(page.getByText("Et mål jeg angrer på")).hasCount(0);
		Chromium.assertAccessible(page);
		noSidewaysScrolling(page);
		Chromium.screenshot(page, "bo-plan-phone");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_goal", Integer.class)).isEqualTo(2);

		// The answer and the follow-up agreement, at 360 px too.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer deltakerens svar")).tap();
		assertThat(page).hasURL(plan("/versions/1/answer"));
		Chromium.assertAccessible(page);
		noSidewaysScrolling(page);
		page.getByLabel("Signert på papir").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre svaret")).tap();
		assertThat(page).hasURL(plan(""));
		assertThat(page.getByText("Avtalt med deltakeren")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer oppfølgingsavtale")).tap();
		assertThat(page).hasURL(plan("/follow-up-agreement"));
		Chromium.assertAccessible(page);
		noSidewaysScrolling(page);
	}

	@Test
	void withoutJavaScriptTheSameButtonsWorkByPlainSubmits() {
		Page page = loggedInWithoutJavaScript("kari", 360, 740);
		page.navigate(plan("/revise"));
		page.getByLabel("Hva skal til for at boligen blir et varig og trygt sted å bo?").fill("Trygghet");
		page.locator("#goals-0-area").selectOption("HOUSING");
		page.locator("#goals-0-wording").fill("Første mål");
		tick(page.locator("#goals-0-responsible-CASEWORKER"));
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legg til mål")));
		// A whole page came back, with what was typed and one more row.
		assertThat(page.locator("#goals-0-wording")).hasValue("Første mål");
		assertThat(page.locator(".goal-row")).hasCount(2);
		page.locator("#goals-1-area").selectOption("WORK_ACTIVITY");
		page.locator("#goals-1-wording").fill("Andre mål");
		tick(page.locator("#goals-1-responsible-PARTICIPANT"));
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fjern mål 1")));
		assertThat(page.locator(".goal-row")).hasCount(1);
		assertThat(page.locator("#goals-0-wording")).hasValue("Andre mål");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_version", Integer.class)).isZero();
		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre som ny versjon")));
		assertThat(page).hasURL(plan(""));
		assertThat(this.jdbc.queryForObject("SELECT wording FROM bo_plan_goal", String.class)).isEqualTo("Andre mål");
	}

	@Test
	void theTabOnADesktopAndThePrintViewOnPaper() {
		Page phone = loggedIn("kari", 360, 740);
		phone.navigate(plan("/revise"));
		phone.getByLabel("Hva skal til for at boligen blir et varig og trygt sted å bo?")
			.fill("Å ha et sted som er mitt.");
		phone.getByLabel("Ressurser og styrker").fill("God til å lage mat");
		phone.locator("#goals-0-area").selectOption("MENTAL_HEALTH");
		phone.locator("#goals-0-wording").fill("Sove bedre");
		phone.locator("#goals-0-responsible-PARTICIPANT").check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre som ny versjon")).tap();
		assertThat(phone).hasURL(plan(""));

		Page desktop = loggedIn("kari", 1280, 900);
		desktop.navigate(plan(""));
		Chromium.assertAccessible(desktop);
		Chromium.screenshot(desktop, "bo-plan-desktop");
		desktop.navigate(plan("/versions/1/print"));
		Chromium.assertAccessible(desktop);
		desktop.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv ut"))).isHidden();
		assertThat(desktop.getByText("Jeg har vært med på å lage denne planen, og jeg er enig i den.")).isVisible();
		assertThat(desktop.getByText("Psykisk helse")).isVisible();
		assertThat(desktop.getByText("Fysisk helse")).hasCount(0);
		double fontSize = ((Number) desktop
			.evaluate("parseFloat(getComputedStyle(document.querySelector('.own-words')).fontSize)")).doubleValue();
		assertThat(fontSize).as("large type on paper").isGreaterThanOrEqualTo(16);
		// The participant's own words come first on the page.
		String text = (String) desktop.evaluate("document.querySelector('main').innerText");
		assertThat(text.indexOf("Å ha et sted som er mitt.")).isLessThan(text.indexOf("Sove bedre"));
		Chromium.screenshot(desktop, "bo-plan-print");
		desktop.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
	}

}
