package no.kommune.housingfirst.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import no.kommune.housingfirst.fit.FitDetails;
import no.kommune.housingfirst.fit.FitService;
import no.kommune.housingfirst.fit.ScaleScores;
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
 * FIT on the caseworker's phone (360 px): the caseworker hands over the phone, the
 * participant sets the four ORS items by touch and the four SRS items by keyboard, sees
 * each value as it moves, gives the phone back, and the caseworker sees the graph.
 */
class FitBrowserTest extends BrowserTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestParticipants participants;

	@Autowired
	FitService fit;

	@Autowired
	JdbcTemplate jdbc;

	long per;

	@BeforeEach
	void setUp() {
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.per = this.participants.aParticipant()
			.named("Per Tilbakemelding")
			.includedOn(TODAY.minusDays(60))
			.by(kari);
		ScaleScores earlier = new ScaleScores(new BigDecimal("3.3"), new BigDecimal("3.3"), new BigDecimal("3.3"),
				new BigDecimal("3.3"));
		this.fit.record(kari, this.per, UUID.randomUUID(), new FitDetails(TODAY.minusDays(14), null, earlier, null));
	}

	@Test
	void theParticipantFillsInAllEightItemsByTouchAndKeyboard() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/participants/" + this.per + "/fit"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gi telefonen til deltakeren")).tap();
		assertThat(page).hasURL(url("/participants/" + this.per + "/fit/new"));

		// Nothing but the scales: no link, no menu, no name, no earlier score.
		assertThat(page.locator("a")).hasCount(0);
		assertThat(page.locator("nav")).hasCount(0);
		String text = page.locator("body").innerText();
		assertThat(text).doesNotContain("Per Tilbakemelding", "Test kari", "3,3", "13,2");
		assertThat(page.locator("input[type=range]")).hasCount(8);
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "fit-participant-view");

		// ORS by touch: a tap on the line puts the mark there, and the value shows.
		List<String> ors = List.of("Individuelt", "Mellommenneskelig", "Sosialt", "Generelt");
		double[] where = { 0.2, 0.45, 0.7, 0.9 };
		for (int i = 0; i < ors.size(); i++) {
			Locator slider = page.getByLabel(ors.get(i), new Page.GetByLabelOptions().setExact(true));
			BoundingBox box = slider.boundingBox();
			slider.tap(new Locator.TapOptions().setPosition(box.width * where[i], box.height / 2));
			String value = slider.inputValue();
			assertThat(new BigDecimal(value)).as(ors.get(i)).isNotEqualByComparingTo("5.0");
			assertThat(page.locator("#" + slider.getAttribute("id") + "-value"))
				.hasText(new BigDecimal(value).setScale(1).toPlainString().replace('.', ','));
		}
		// SRS by keyboard: End for the top of the line, then the arrows in tenths.
		List<String> srs = List.of("Relasjon", "Mål og tema", "Tilnærming", "Totalt");
		for (int i = 0; i < srs.size(); i++) {
			Locator slider = page.getByLabel(srs.get(i), new Page.GetByLabelOptions().setExact(true));
			slider.focus();
			page.keyboard().press("End");
			for (int step = 0; step <= i; step++) {
				page.keyboard().press("ArrowLeft");
			}
			String expected = new BigDecimal("9.9").subtract(new BigDecimal(i).movePointLeft(1)).toPlainString();
			assertThat(slider).hasValue(expected);
			assertThat(slider).hasAttribute("aria-valuetext", expected.replace('.', ',') + " av 10");
			assertThat(page.locator("#" + slider.getAttribute("id") + "-value")).hasText(expected.replace('.', ','));
		}
		List<String> shown = page.locator(".fit-value").allInnerTexts();
		Chromium.screenshot(page, "fit-participant-view-filled");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ferdig – gi telefonen tilbake")).tap();
		assertThat(page).hasURL(url("/participants/" + this.per + "/fit"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("FIT er lagret.");

		Map<String, Object> saved = this.jdbc.queryForMap(
				"SELECT ors_individual, ors_interpersonal, ors_social, "
						+ "ors_overall, srs_total, ors_total FROM fit_session WHERE session_date = ?",
				java.sql.Date.valueOf(TODAY));
		assertThat(List.of(saved.get("ors_individual"), saved.get("ors_interpersonal"), saved.get("ors_social"),
				saved.get("ors_overall")))
			.extracting((v) -> ((BigDecimal) v).toPlainString().replace('.', ','))
			.containsExactlyElementsOf(shown.subList(0, 4));
		assertThat((BigDecimal) saved.get("srs_total")).isEqualByComparingTo("39.0");
		String orsTotal = ((BigDecimal) saved.get("ors_total")).toPlainString().replace('.', ',');

		// The graph and its table, with both sessions.
		assertThat(page.locator("svg.fit-chart[role=img]")).isVisible();
		assertThat(page.locator("svg.fit-chart circle")).hasCount(2);
		assertThat(page.locator("svg.fit-chart rect")).hasCount(1);
		assertThat(page.locator("table.fit-table")).containsText("13,2");
		assertThat(page.locator("table.fit-table")).containsText(orsTotal);
		assertThat(page.locator("table.fit-table")).containsText("39,0");
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "fit-tab-graph");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator("svg.fit-chart")).isVisible();
		assertThat(page.locator("nav").first()).isHidden();
		Chromium.screenshot(page, "fit-tab-print");
		page.context().close();
	}

	/**
	 * Without JavaScript the sliders still move (by keyboard here) and the view still
	 * sends what they show; only the value beside each one stays as the page drew it.
	 */
	@Test
	void withoutJavaScriptTheViewStillSubmits() {
		Page page = chromium.newPageWithoutJavaScript(360, 740);
		page.navigate(url("/login"));
		page.getByLabel("Brukernavn").fill("kari");
		page.getByLabel("Passord").fill(no.kommune.housingfirst.support.TestStaff.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
		page.navigate(url("/participants/" + this.per + "/fit/new"));
		Locator slider = page.getByLabel("Sosialt", new Page.GetByLabelOptions().setExact(true));
		slider.focus();
		page.keyboard().press("End");
		assertThat(slider).hasValue("10");
		page.getByLabel("Jeg svarer på SRS nå").uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ferdig – gi telefonen tilbake")).click();
		assertThat(page).hasURL(url("/participants/" + this.per + "/fit"));
		assertThat(
				this.jdbc.queryForObject(
						"SELECT ors_social::text || ' ' || ors_total::text || ' ' || coalesce(srs_total::text, '-') "
								+ "FROM fit_session WHERE session_date = ?",
						String.class, java.sql.Date.valueOf(TODAY)))
			.isEqualTo("10.0 25.0 -");
		page.context().close();
	}

	@Test
	void aSliderThatWasNeverMovedIsAskedForAgainNotSavedAsTheMiddle() {
		Page page = loggedIn("kari", 360, 740);
		page.navigate(url("/participants/" + this.per + "/fit/new"));
		page.getByLabel("Jeg svarer på SRS nå").uncheck();
		for (String item : java.util.List.of("Individuelt", "Mellommenneskelig", "Sosialt")) {
			Locator slider = page.getByLabel(item, new Page.GetByLabelOptions().setExact(true));
			slider.focus();
			page.keyboard().press("ArrowRight");
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ferdig – gi telefonen tilbake")).tap();
		assertThat(page.getByText("Flytt glideren til der det passer, også om det er midt på.")).hasCount(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fit_session WHERE session_date = ?", Integer.class,
				java.sql.Date.valueOf(TODAY)))
			.isZero();
		// Answered at the middle on purpose: a tap on the slider that leaves it there.
		Locator overall = page.getByLabel("Generelt", new Page.GetByLabelOptions().setExact(true));
		overall.tap();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ferdig – gi telefonen tilbake")).tap();
		assertThat(page).hasURL(url("/participants/" + this.per + "/fit"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fit_session WHERE session_date = ?", Integer.class,
				java.sql.Date.valueOf(TODAY)))
			.isEqualTo(1);
		page.context().close();
	}

}
