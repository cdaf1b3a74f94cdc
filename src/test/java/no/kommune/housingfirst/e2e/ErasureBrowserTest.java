package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestParticipants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The section leader on a phone (360 px): the dry run of the retention job, then an
 * exited participant erased on request through the ground and the confirm step. Every
 * page axe-clean and without sideways scrolling.
 */
class ErasureBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestParticipants participants;

	@Autowired
	ParticipantPathway pathway;

	long due;

	long recent;

	@BeforeEach
	void setUp() {
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("sigrid", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.due = this.participants.aParticipant().named("Per Utskrevet").includedOn(TODAY.minusYears(5)).by(kari);
		this.pathway.exit(kari, this.due, TODAY.minusYears(4), ExitReason.STABLE_WITHOUT_FOLLOW_UP);
		this.recent = this.participants.aParticipant().named("Rut Nylig").includedOn(TODAY.minusMonths(8)).by(kari);
		this.pathway.exit(kari, this.recent, TODAY.minusMonths(1), ExitReason.MOVED_AWAY);
	}

	@Test
	void theDryRunAndAnErasureOnRequestWithItsConfirmStep() {
		Page page = loggedIn("sigrid", 360, 740);
		page.navigate(url("/participants"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sletting etter avslutning")).click();
		assertThat(page.locator("main")).containsText("Per Utskrevet");
		assertThat(page.locator("main")).not().containsText("Rut Nylig");
		fitsAndIsAccessible(page);

		page.navigate(url("/participants/" + this.recent));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Slett personopplysninger")).click();
		fitsAndIsAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gå videre")).click();
		assertThat(page.locator("#ground-error")).containsText("Må fylles ut.");
		fitsAndIsAccessible(page);
		page.getByLabel("Grunnlag for slettingen").fill("Deltakeren ba om sletting i samtale med teamleder.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gå videre")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er du sikker?");
		fitsAndIsAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slett personopplysningene nå")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Personopplysningene er slettet.");
		assertThat(page.locator("main")).containsText("P-" + this.recent);
		fitsAndIsAccessible(page);
	}

	private static void fitsAndIsAccessible(Page page) {
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
	}

}
