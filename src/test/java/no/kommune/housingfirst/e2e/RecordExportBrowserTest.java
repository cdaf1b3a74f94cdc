package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
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
 * The record export on a phone (360 px): reached from the participant's tabs, axe-clean,
 * no sideways scrolling with long words in it, and printed as a plain document without
 * menu or buttons.
 */
class RecordExportBrowserTest extends BrowserTest {

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
		this.housing.lease(kari, this.ola, TODAY.minusDays(5));
		long visit = this.jdbc.queryForObject("""
				INSERT INTO visit (participant_id, visit_date, kind, contact, duration_minutes, note, submission_key,
				    created_by)
				VALUES (?, ?, 'HOME_VISIT', TRUE, 30, ?, ?, ?) RETURNING id""", Long.class, this.ola,
				TODAY.minusDays(2), "Langtnotatutenmellomromsomkanskjeviltvingesidenbreddenogskapeskrollingsidelengs",
				UUID.randomUUID(), kari.id());
		this.jdbc.update("""
				INSERT INTO visit_correction (visit_id, corrected_by, field, old_value, new_value)
				VALUES (?, ?, 'durationMinutes', '45', '30')""", visit, kari.id());
	}

	@Test
	void theExportReadsOnAPhoneAndPrintsAsADocument() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/participants/" + this.ola));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Innsyn").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.containsText("Alt Housing First har lagret om Ola Nordmann");
		assertThat(page.locator("main")).containsText("Varighet (minutter): 45");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned som fil (JSON)")))
			.isVisible();
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "record-export-phone");

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.getByRole(AriaRole.NAVIGATION).first()).isHidden();
		assertThat(page.locator(".print-button")).isHidden();
		assertThat(page.locator("#part-visits")).isVisible();
		Chromium.screenshot(page, "record-export-print");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
	}

}
