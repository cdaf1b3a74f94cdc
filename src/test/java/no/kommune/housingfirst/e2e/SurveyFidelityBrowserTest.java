package no.kommune.housingfirst.e2e;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.support.BrowserTest;
import no.kommune.housingfirst.support.Chromium;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.survey.SurveyAnswers;
import no.kommune.housingfirst.survey.SurveyMode;
import no.kommune.housingfirst.survey.SurveyQuestion;
import no.kommune.housingfirst.survey.Surveys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey on a 360 px phone with JavaScript off: the participant sees the questions
 * and nothing else, taps big choices, skips one, writes a line and hands the phone back;
 * and the section leader starts, scores and saves the team's fidelity self-assessment on
 * the same narrow screen. Both pages axe clean.
 */
class SurveyFidelityBrowserTest extends BrowserTest {

	static final int YEAR = LocalDate.now(TimeConfiguration.OSLO).getYear();

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	StaffAccounts accounts;

	long team;

	long per;

	@BeforeEach
	void setUp() {
		long section = this.staff.section();
		this.team = this.staff.team(section);
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(this.team), Set.of());
		this.staff.person("lene", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.per = this.participants.aParticipant().named("Per Undersøkelse").by(kari);
	}

	@Test
	void theParticipantAnswersOnAPhoneWithoutJavaScript() {
		Page page = loggedInWithoutJavaScript("kari", 360, 740);
		page.navigate(url("/participants/" + this.per + "/survey"));
		assertThat(page.getByText("Deltakeren har ikke svart på undersøkelsen.")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("La deltakeren svare på telefonen")).click();
		assertThat(page).hasURL(url("/participants/" + this.per + "/survey/new"));

		// Nothing but the questions: no link, no menu, no name.
		assertThat(page.locator("a")).hasCount(0);
		assertThat(page.locator("nav")).hasCount(0);
		assertThat(page.locator("body").innerText()).doesNotContain("Per Undersøkelse", "Test kari");
		assertThat(page.locator("fieldset.survey-question")).hasCount(6);
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		// Every choice is a tap target of at least 44 px.
		for (Locator option : page.locator(".survey-option").all()) {
			assertThat(option.boundingBox().height).isGreaterThanOrEqualTo(44);
		}
		Chromium.screenshot(page, "survey-participant-view");

		page.locator("label[for=processChoice-4]").click();
		page.locator("label[for=processHelp-skip]").click();
		page.locator("label[for=homeSafe-5]").click();
		page.locator("label[for=followUpHelp-3]").click();
		page.getByLabel("Er det noe annet du vil si til oss?").fill("Takk for at dere kommer hver uke.");
		assertThat(page.locator("#homeSafe-5")).isChecked();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ferdig – gi telefonen tilbake")).click();
		assertThat(page).hasURL(url("/participants/" + this.per + "/survey"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Takk! Svarene er lagret.");
		// The tab says that it was answered, not what.
		assertThat(page.locator("ul.survey-answered li")).hasCount(1);
		assertThat(page.locator("body")).not().containsText("Takk for at dere kommer");

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM survey_response", Long.class)).isOne();
		assertThat(this.jdbc.queryForList("SELECT question || '=' || score FROM survey_answer ORDER BY question",
				String.class))
			.containsExactly("FOLLOW_UP_HELP=3", "HOME_SAFE=5", "PROCESS_CHOICE=4");
		assertThat(this.jdbc.queryForObject("SELECT free_text FROM survey_response", String.class))
			.isEqualTo("Takk for at dere kommer hver uke.");

		// axe runs as a script: the same participant view, checked in a browser that runs
		// one.
		Page withScript = loggedIn("kari", 360, 740);
		withScript.navigate(url("/participants/" + this.per + "/survey/new"));
		Chromium.assertAccessible(withScript);
		withScript.navigate(url("/participants/" + this.per + "/survey"));
		Chromium.assertAccessible(withScript);
	}

	@Test
	void theSectionLeaderReadsTheResultsAsAChartAndATableOnAPhone() {
		CurrentUser kari = (CurrentUser) this.accounts.loadUserByUsername("kari");
		for (int i = 0; i < 5; i++) {
			long someone = this.participants.aParticipant().by(kari);
			this.surveys.record(kari, someone, UUID.randomUUID(),
					new SurveyAnswers(LocalDate.now(TimeConfiguration.OSLO), SurveyMode.PHONE,
							Map.of(SurveyQuestion.HOME_SAFE, 3 + (i % 3)), (i == 0) ? "Trygt og godt" : "Fint " + i));
		}
		Page page = loggedIn("lene", 360, 740);
		page.navigate(url("/survey"));
		assertThat(page.locator("svg.caseload-chart rect.bar")).hasCount(1);
		// Trygg: 3, 4, 5, 3, 4 — mean 3,8, three of five agree.
		assertThat(page.locator("table")).containsText("3,8");
		assertThat(page.locator("table")).containsText("60 %");
		assertThat(page.locator("ul.survey-free-texts")).containsText("Trygt og godt");
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "survey-results");
		page.navigate(url("/survey/print"));
		Chromium.assertAccessible(page);
	}

	@Test
	void theSectionLeaderStartsAndScoresTheTeamsSelfAssessment() {
		Page page = loggedIn("lene", 360, 740);
		page.navigate(url("/fidelity"));
		Chromium.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start egenvurderingen for " + YEAR))
			.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/fidelity/\\d+$"));
		assertThat(page.getByText("Målt: 1 aktiv deltaker per booppfølger. Forslag: 4.")).isVisible();
		assertThat(((Number) Chromium.laidOut(page).evaluate("document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(360);
		Chromium.assertAccessible(page);

		page.locator("label[for=score_CASELOAD_RATIO-4]").click();
		page.locator("label[for=score_HARM_REDUCTION-3]").click();
		page.locator("#comment_HARM_REDUCTION").fill("Vi snakker om skadereduksjon på hvert teammøte.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre utkast")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Utkastet er lagret.");
		assertThat(page.locator("#score_CASELOAD_RATIO-4")).isChecked();
		assertThat(page.locator("#comment_HARM_REDUCTION")).hasValue("Vi snakker om skadereduksjon på hvert teammøte.");
		assertThat(page.getByText("2 av 16 punkter vurdert, 7 av 64 poeng.")).isVisible();

		// Completing too early says so by the first item left unscored.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fullfør egenvurderingen")).click();
		assertThat(page.locator("#score_CHOICE_OF_UNITS-error")).containsText("Gi poeng på alle punktene");
		Chromium.assertAccessible(page);
		Chromium.screenshot(page, "fidelity-draft");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv ut")).click();
		assertThat(page.locator("table")).hasCount(5);
		Chromium.assertAccessible(page);
		assertThat(this.jdbc.queryForObject("SELECT status FROM fidelity_assessment", String.class)).isEqualTo("DRAFT");
	}

}
