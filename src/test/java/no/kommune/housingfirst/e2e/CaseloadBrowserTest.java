package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The section leader's dashboard in a real browser, on a phone (360 px) and on a desktop:
 * no sideways scrolling of the page, axe WCAG 2.1 AA clean, the team filter narrows the
 * figures; screenshots in target/screenshots.
 */
class CaseloadBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	VisitService visits;

	@Autowired
	Organisation organisation;

	@Autowired
	HousingTenancies tenancies;

	String teamTwo;

	@BeforeEach
	void setUp() {
		long section = this.staff.section();
		long one = this.staff.team(section);
		long two = this.staff.team(section);
		this.teamTwo = this.organisation.teamName(two);
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(one), Set.of());
		CurrentUser siri = this.staff.person("siri", Set.of(Role.CASEWORKER), Set.of(two), Set.of());
		this.staff.person("leder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		long anna = this.participants.aParticipant().named("Anna Dashbord").includedOn(TODAY.minusDays(50)).by(kari);
		this.participants.aParticipant().named("Bjørn Dashbord").includedOn(TODAY.minusDays(50)).by(kari);
		this.participants.aParticipant().named("Eva Dashbord").includedOn(TODAY.minusDays(50)).by(siri);
		IsoWeek last = IsoWeek.of(TODAY).plus(-1);
		this.visits.log(kari, anna, UUID.randomUUID(), new VisitDetails(last.monday(), VisitKind.HOME_VISIT, true, null,
				null, 90, null, Set.of(), Set.of(), false, null));
		long tenancy = this.housing.lease(kari, anna, TODAY);
		this.tenancies.moveIn(kari, anna, tenancy, 0, TODAY, TODAY);
	}

	@Test
	void theDashboardOnAPhoneAndADesktop() {
		for (int width : new int[] { 360, 1280 }) {
			Page page = loggedIn("leder", width, 800);
			if (width < 992) {
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis eller skjul menyen")).click();
			}
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashbord")).click();
			assertThat(page).hasURL(url("/dashboard"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Saksmengde"))).isVisible();
			assertThat(page.locator("body")).containsText("4 % (90 min)");
			// Anna's lease starts today: NAV's first rent is open, not yet overdue.
			assertThat(page.locator("body")).containsText("Åpne oppgaver om første husleie hos NAV");
			assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
				.isLessThanOrEqualTo(width);
			// Two charts (the team with visits, the quarter of Anna's move-in, 50 days),
			// each
			// with its table.
			assertThat(page.locator("svg.caseload-chart")).hasCount(3);
			assertThat(page.locator("#days-chart-caption")).isVisible();
			assertThat(page.locator("body")).containsText("50 dager");
			Chromium.assertAccessible(page);
			Chromium.screenshot(page, "caseload-dashboard-" + width);
			// On paper: the charts stay, the filter form goes.
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
			assertThat(page.locator("form[role=search]")).isHidden();
			assertThat(page.locator("svg.caseload-chart").first()).isVisible();
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
			// Only the second team: Kari's figures leave the page.
			page.locator("select#team").selectOption(new SelectOption().setLabel(this.teamTwo));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis").setExact(true)).click();
			assertThat(page.locator("body")).not().containsText("90 min");
			assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(this.teamTwo)).first())
				.isVisible();
			Chromium.assertAccessible(page);
			Chromium.screenshot(page, "caseload-dashboard-team-" + width);
			page.context().close();
		}
	}

}
