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
 * A neighbour's complaint on a phone (360 px), from the Bolig tab to the answer: recorded
 * with its deadline, answered by the caseworker, shown as answered in time, the change
 * kept in the history. Every page axe-clean and without sideways scrolling.
 */
class TenancyEventBrowserTest extends BrowserTest {

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
		this.ola = this.participants.aParticipant().named("Ola Nordmann").includedOn(TODAY.minusDays(40)).by(kari);
		this.housing.lease(kari, this.ola, TODAY.minusDays(20));
	}

	@Test
	void aComplaintFromRecordToAnswer() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/participants/" + this.ola + "/housing"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hendelser i leieforholdet")).click();
		assertThat(page).hasURL(url("/participants/" + this.ola + "/tenancy-events"));
		assertThat(page.getByText("Ingen hendelser registrert.")).isVisible();
		fitsAndIsAccessible(page, "tenancy-events-empty");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrer hendelse")).click();
		page.getByLabel("Hva slags hendelse").selectOption(new SelectOption().setLabel("Klage"));
		page.getByLabel("Dato (mottatt eller skjedd)").fill(TODAY.minusDays(1).toString());
		page.getByLabel("Hvem meldte fra").selectOption(new SelectOption().setLabel("Nabo"));
		fitsAndIsAccessible(page, "tenancy-event-new");
		// Without what happened: told next to the field, nothing saved.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer")).click();
		assertThat(page.locator("#whatHappened-error")).containsText("Må fylles ut.");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM tenancy_event", Long.class)).isZero();
		fitsAndIsAccessible(page, "tenancy-event-new-error");
		page.getByLabel("Hva skjedde").fill("Naboen klager på høy musikk om natten.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hendelsen er lagret.");
		long event = this.jdbc.queryForObject("SELECT id FROM tenancy_event", Long.class);
		assertThat(page).hasURL(url("/participants/" + this.ola + "/tenancy-events/" + event));
		String deadline = this.jdbc.queryForObject("SELECT to_char(respond_by, 'YYYY-MM-DD') FROM tenancy_event",
				String.class);
		assertThat(page.getByLabel("Svarfrist")).hasValue(deadline);
		fitsAndIsAccessible(page, "tenancy-event-recorded");

		page.getByLabel("Hvem svarer").selectOption(new SelectOption().setLabel("Test kari"));
		page.getByLabel("Svaret").fill("Snakket med Ola og naboen; musikken er skrudd ned.");
		page.getByLabel("Besvart dato").fill(TODAY.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hendelsen er lagret.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endringer"))).isVisible();
		assertThat(page.locator("#history-heading + ul")).containsText("svar");
		assertThat(page.locator("#history-heading + ul")).containsText("Snakket med Ola og naboen");
		fitsAndIsAccessible(page, "tenancy-event-answered");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbake til hendelsene")).click();
		assertThat(page.locator("main")).containsText("i tide");
		fitsAndIsAccessible(page, "tenancy-events-answered");
		assertThat(this.jdbc.queryForObject("SELECT answer FROM tenancy_event", String.class))
			.isEqualTo("Snakket med Ola og naboen; musikken er skrudd ned.");
	}

	private static void fitsAndIsAccessible(Page page, String name) {
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, name);
	}

}
