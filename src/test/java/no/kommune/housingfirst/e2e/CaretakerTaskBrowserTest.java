package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.tenancy.CaretakerTaskKind;
import no.kommune.housingfirst.tenancy.CaretakerTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caretaker on a phone (360 px) in the field: from the home page to their own task
 * list, a task marked done with a note, the list showing it done. Every page axe-clean,
 * without sideways scrolling, its buttons at least 44 px tall.
 */
class CaretakerTaskBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	CaretakerTasks tasks;

	@Autowired
	JdbcTemplate jdbc;

	long task;

	@BeforeEach
	void setUp() {
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		CurrentUser vera = this.staff.person("vera", Set.of(Role.CARETAKER), Set.of(), Set.of());
		long ola = this.participants.aParticipant().named("Ola Nordmann").includedOn(TODAY.minusDays(40)).by(kari);
		this.housing.lease(kari, ola, TODAY.minusDays(20));
		this.task = this.tasks.record(kari, ola, UUID.randomUUID(), new CaretakerTasks.TaskDetails(
				CaretakerTaskKind.REPAIR, "Dørpumpa på inngangsdøra smeller igjen.", vera.id(), TODAY.plusDays(2)));
		this.tasks.record(kari, ola, UUID.randomUUID(), new CaretakerTasks.TaskDetails(CaretakerTaskKind.TEACHING,
				"Vise hvordan viftefilteret vaskes.", vera.id(), TODAY.minusDays(1)));
	}

	@Test
	void aCaretakerMarksATaskDoneOnAPhone() {
		Page page = loggedIn("vera", 360, 740);
		page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mine oppgaver")).click();
		assertThat(page).hasURL(url("/caretaker"));
		assertThat(page.locator("main")).containsText("2 åpne oppgaver.");
		assertThat(page.locator("main")).not().containsText("Ola Nordmann");
		fitsAndIsAccessible(page, "caretaker-tasks");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meld utført: Reparasjon")).click();
		assertThat(page).hasURL(url("/caretaker/tasks/" + this.task));
		assertThat(page.getByLabel("Utført dato")).hasValue(TODAY.toString());
		fitsAndIsAccessible(page, "caretaker-task");
		// A date in the future is refused next to the field, and nothing is saved.
		page.getByLabel("Utført dato").fill(TODAY.plusDays(3).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld utført")).click();
		assertThat(page.locator("#doneOn-error")).containsText("Datoen kan ikke være fram i tid.");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM caretaker_task WHERE done_on IS NOT NULL", Long.class))
			.isZero();
		fitsAndIsAccessible(page, "caretaker-task-error");

		page.getByLabel("Utført dato").fill(TODAY.toString());
		page.getByLabel("Notat").fill("Justerte dørpumpa; lukker mykt nå.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld utført")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Oppgaven er meldt utført.");
		assertThat(page).hasURL(url("/caretaker"));
		assertThat(page.locator("main")).containsText("Én åpen oppgave.");
		assertThat(page.locator("main")).containsText("Justerte dørpumpa; lukker mykt nå.");
		assertThat(page.locator("main")).containsText("Utført");
		fitsAndIsAccessible(page, "caretaker-tasks-done");
		assertThat(
				this.jdbc.queryForObject("SELECT done_note FROM caretaker_task WHERE id = ?", String.class, this.task))
			.isEqualTo("Justerte dørpumpa; lukker mykt nå.");
	}

	private static void fitsAndIsAccessible(Page page, String name) {
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Locator buttons = page.locator("main .btn");
		for (int i = 0; i < buttons.count(); i++) {
			if (buttons.nth(i).isVisible()) {
				assertThat(buttons.nth(i).boundingBox().height).as("tap target " + i).isGreaterThanOrEqualTo(44);
			}
		}
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, name);
	}

}
