package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseworker's side on a phone (360 px): from the Bolig tab a caretaker task given
 * and a crisis place recorded, then seen on the participant page. Every page axe-clean
 * and without sideways scrolling.
 */
class CrisisStayBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	JdbcTemplate jdbc;

	long ola;

	@BeforeEach
	void setUp() {
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("vera", Set.of(Role.CARETAKER), Set.of(), Set.of());
		this.ola = this.participants.aParticipant().named("Ola Nordmann").includedOn(TODAY.minusDays(40)).by(kari);
		this.housing.lease(kari, this.ola, TODAY.plusDays(5));
	}

	@Test
	void aTaskGivenAndACrisisPlaceRecordedFromTheBoligTab() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/participants/" + this.ola + "/housing"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oppgaver for miljøvaktmester")).click();
		assertThat(page.getByText("Ingen oppgaver registrert.")).isVisible();
		fitsAndIsAccessible(page, "caretaker-tasks-caseworker-empty");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny oppgave")).click();
		page.getByLabel("Hva slags oppgave")
			.selectOption(new SelectOption().setLabel("Klargjøre boligen før innflytting"));
		page.getByLabel("Hva skal gjøres").fill("Sjekke røykvarsleren og skifte lås.");
		page.getByLabel("Hvem skal gjøre det").selectOption(new SelectOption().setLabel("Test vera"));
		fitsAndIsAccessible(page, "caretaker-task-new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gi oppgaven")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Oppgaven er lagret.");
		assertThat(page.locator("main")).containsText("Sjekke røykvarsleren og skifte lås.");
		fitsAndIsAccessible(page, "caretaker-tasks-caseworker");

		page.navigate(url("/participants/" + this.ola + "/housing"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kriseplass og midlertidig bolig")).click();
		fitsAndIsAccessible(page, "crisis-stays-empty");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer opphold")).click();
		page.getByLabel("Fra (første natt)").fill(TODAY.minusDays(3).toString());
		page.getByLabel("Hvor", new Page.GetByLabelOptions().setExact(true)).fill("Kriseplassen i Kirkegata");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		// Why is missing: told next to the field, nothing saved.
		assertThat(page.locator("#reason-error")).containsText("Må fylles ut.");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM crisis_stay", Long.class)).isZero();
		fitsAndIsAccessible(page, "crisis-stay-error");
		page.getByLabel("Hvorfor").fill("Vannlekkasje i hybelen.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Oppholdet er lagret.");
		assertThat(page.locator("main")).containsText("3 døgn så langt");
		fitsAndIsAccessible(page, "crisis-stays");

		page.navigate(url("/participants/" + this.ola));
		assertThat(page.locator("main")).containsText("Kriseplass fra");
		assertThat(page.locator("main")).containsText("ett opphold, 3 døgn i alt");
		fitsAndIsAccessible(page, "participant-crisis-notice");
	}

	private static void fitsAndIsAccessible(Page page, String name) {
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, name);
	}

}
