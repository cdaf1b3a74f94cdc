package no.kommune.housingfirst.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
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
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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

	String teamOne;

	long teamOneId;

	String teamTwo;

	@BeforeEach
	void setUp() {
		long section = this.staff.section();
		long one = this.staff.team(section);
		long two = this.staff.team(section);
		this.teamOne = this.organisation.teamName(one);
		this.teamOneId = one;
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
			assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
				.isLessThanOrEqualTo(width);
			// Two teams, so team lines and two charts (both teams' weeks together, and
			// the
			// quarter of Anna's move-in, 50 days), each with its table.
			assertThat(page.locator("svg.caseload-chart")).hasCount(2);
			assertThat(page.locator("#cc-caption-0")).containsText("alle valgte team");
			assertThat(page.locator("body")).not().containsText("– Test kari");
			assertThat(page.locator("#days-chart-caption")).isVisible();
			assertThat(page.locator("body")).containsText("50 dager");
			Chromium.assertAccessible(page);
			Chromium.screenshot(page, "caseload-dashboard-" + width);
			// On paper: the charts stay, the filter form goes.
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
			assertThat(page.locator("form[role=search]")).isHidden();
			assertThat(page.locator("svg.caseload-chart").first()).isVisible();
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
			// A team's name opens its figures per caseworker: Kari's own line.
			Locator teamLink = page.locator("a.team-drill", new Page.LocatorOptions().setHasText(this.teamOne));
			if (width < 576) {
				assertThat(teamLink.boundingBox().height).isGreaterThanOrEqualTo(44);
			}
			teamLink.click();
			assertThat(page.locator("body")).containsText("– Test kari");
			assertThat(page.locator("svg.caseload-chart")).hasCount(2);
			assertThat(page.locator("#cc-caption-0")).hasCount(0);
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

	/**
	 * On a phone: the workbook and one table as CSV download from the dashboard, open in
	 * a spreadsheet reader with the figures the page shows, and the links are tap
	 * targets.
	 */
	/**
	 * A leader of two sections sees a line per section, on a phone and a desktop: no
	 * sideways scrolling, axe clean, the section's name a tap target that opens its
	 * teams.
	 */
	@Test
	void severalSectionsAsALinePerSection() {
		long section = this.organisation.teams()
			.stream()
			.filter((t) -> t.id() == this.teamOneId)
			.findFirst()
			.orElseThrow()
			.sectionId();
		long other = this.staff.section();
		long team = this.staff.team(other);
		CurrentUser nils = this.staff.person("nils", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.participants.aParticipant().named("Nina Annen").includedOn(TODAY.minusDays(50)).by(nils);
		this.staff.person("toleder", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section, other));
		String sectionName = this.organisation.sections()
			.stream()
			.filter((s) -> s.id() == section)
			.findFirst()
			.orElseThrow()
			.name();
		for (int width : new int[] { 360, 1280 }) {
			Page page = loggedIn("toleder", width, 800);
			page.navigate(url("/dashboard"));
			assertThat(page.locator("body")).containsText("Tallene vises per seksjon");
			assertThat(page.locator("#caseload-caption")).containsText("per seksjon");
			// Anna and Bjørn, and Eva: 3 active in the first section; Kari's 90 minutes
			// over its two caseworkers' weeks, 2 %.
			assertThat(page.locator("body")).containsText("2 % (90 min)");
			assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
				.isLessThanOrEqualTo(width);
			Chromium.assertAccessible(page);
			Chromium.screenshot(page, "caseload-dashboard-sections-" + width);
			Locator sectionLink = page.locator("a.team-drill", new Page.LocatorOptions().setHasText(sectionName));
			if (width < 576) {
				assertThat(sectionLink.boundingBox().height).isGreaterThanOrEqualTo(44);
			}
			sectionLink.click();
			assertThat(page.locator("a.team-drill", new Page.LocatorOptions().setHasText(this.teamOne))).isVisible();
			assertThat(page.locator("body")).not().containsText("Tallene vises per seksjon");
			page.context().close();
		}
	}

	@Test
	void theFiguresDownloadAsExcelAndCsvOnAPhone() throws Exception {
		Page page = loggedIn("leder", 360, 800);
		page.navigate(url("/dashboard"));
		Download excel = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Excel (alle tabeller)"))
					.click());
		assertThat(excel.suggestedFilename()).matches("dashbord-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(excel.path().toFile())) {
			// Kari's 90 minutes last week: 4 % of a working week, as numbers.
			List<Row> time = workbook.findSheet("Direkte brukertid").orElseThrow().read();
			String lastWeek = IsoWeek.of(TODAY).plus(-1).toString();
			Row row = time.stream().filter((r) -> lastWeek.equals(r.getCellText(1))).findFirst().orElseThrow();
			assertThat(row.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("90");
			assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("4");
		}
		Locator summary = page.locator(".caseload-export summary");
		summary.click();
		Locator csvLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV: Saksmengde"));
		assertThat(csvLink).isVisible();
		assertThat(summary.boundingBox().height).isGreaterThanOrEqualTo(44);
		assertThat(csvLink.boundingBox().height).isGreaterThanOrEqualTo(44);
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "caseload-export-360");
		Download csv = page.waitForDownload(csvLink::click);
		String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
		assertThat(text)
			.startsWith("\uFEFFTeam;Booppfølger;Aktive deltakere;Over grensen;Deltakere per booppfølger\r\n")
			.contains(";2;Nei;\r\n");
		page.context().close();
	}

	/**
	 * The yearly report on a phone: reached from the dashboard, another year chosen,
	 * printable, axe-clean, and its workbook downloads.
	 */
	@Test
	void theYearlyReportOnAPhone() throws Exception {
		Page page = loggedIn("leder", 360, 800);
		page.navigate(url("/dashboard"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Årsrapport")).click();
		int lastYear = TODAY.getYear() - 1;
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Årsrapport " + lastYear)))
			.isVisible();
		// The year the three were included (50 days ago): fewer than five, so hidden.
		int year = TODAY.minusDays(50).getYear();
		page.locator("select#year").selectOption(String.valueOf(year));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Årsrapport " + year)))
			.isVisible();
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Inkludert i året")))
			.containsText("under 5");
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "caseload-year-360");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator("form[role=search]")).isHidden();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
		Download excel = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Last ned som Excel")).click());
		assertThat(excel.suggestedFilename()).isEqualTo("arsrapport-" + year + ".xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(excel.path().toFile())) {
			List<Row> key = workbook.findSheet("Nøkkeltall").orElseThrow().read();
			assertThat(key.get(1).getCellText(1)).isEqualTo("under 5");
		}
		page.context().close();
	}

	/**
	 * On a phone: a number on the dashboard opens the people behind it, each a tap
	 * target, and a name leads to the participant.
	 */
	@Test
	void aNumberOpensThePeopleBehindIt() {
		Page page = loggedIn("leder", 360, 800);
		// One team: a line per caseworker.
		page.navigate(url("/dashboard?team=" + this.teamOneId));
		Locator kari = page.locator("a.drill[href*='measure=caseload'][href*='caseworker=']",
				new Page.LocatorOptions().setHasText("2"));
		assertThat(kari.boundingBox().height).isGreaterThanOrEqualTo(44);
		assertThat(kari.boundingBox().width).isGreaterThanOrEqualTo(44);
		kari.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aktive deltakere")))
			.isVisible();
		assertThat(page.locator("body")).containsText("2 deltakere.");
		Locator names = page.locator("a.drill-person");
		assertThat(names).hasCount(2);
		assertThat(names.nth(0)).hasText("Anna Dashbord");
		assertThat(names.nth(1)).hasText("Bjørn Dashbord");
		assertThat(page.locator("body")).not().containsText("Eva Dashbord");
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "caseload-people-360");
		names.nth(0).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Anna Dashbord"))).isVisible();
		page.context().close();
	}

}
