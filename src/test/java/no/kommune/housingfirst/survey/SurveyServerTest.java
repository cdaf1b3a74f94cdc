package no.kommune.housingfirst.survey;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey over real HTTP with real commits: answered on the phone (twice with the same
 * key: one response) and on paper (refused without its date, then saved); the tab shows
 * the days answered but never the answers; every read and save audited; the section
 * leader sees nothing from 4 responses and figures and free texts from 5, never a name;
 * every role kept to its routes.
 */
@ServerTest
class SurveyServerTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today;

	long section;

	long team;

	CurrentUser kari;

	long participant;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.today = LocalDate.now(TimeConfiguration.OSLO);
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.participant = this.participants.aParticipant().named("Ola Nordmann").by(this.kari);
	}

	@Test
	void answeredOnThePhoneOnceAndOnPaperWithItsDateAndTheAnswersAreNeverShownBack() {
		Browserless browser = as(this.kari.getUsername());
		String base = "/participants/" + this.participant + "/survey";
		HttpResponse<String> view = browser.get(base + "/new");
		assertThat(view.statusCode()).isEqualTo(200);
		// The participant view: the questions, no name, no menu.
		assertThat(view.body()).contains("Jeg føler meg trygg i boligen min.")
			.contains("Vil ikke svare")
			.doesNotContain("Ola Nordmann")
			.doesNotContain("Logg ut")
			.doesNotContain("<script");
		Map<String, String> phone = new HashMap<>(
				Map.of("processChoice", "4", "processHelp", "skip", "homeSafe", "5", "followUpRespect", "3", "freeText",
						"Fin leilighet <b>takk</b>", "submissionKey", UUID.randomUUID().toString()));
		HttpResponse<String> first = browser.post(base + "/new", phone);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith(base);
		HttpResponse<String> again = browser.post(base + "/new", phone);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM survey_response", Long.class)).isOne();
		// Skipped questions (chosen "skip" or left empty) are simply not there.
		assertThat(this.jdbc.queryForList("SELECT question FROM survey_answer ORDER BY question", String.class))
			.containsExactly("FOLLOW_UP_RESPECT", "HOME_SAFE", "PROCESS_CHOICE");
		assertThat(this.jdbc.queryForObject("SELECT answered_on FROM survey_response", LocalDate.class))
			.isEqualTo(this.today);

		// A score that is not on the scale is refused by its field, nothing saved.
		Map<String, String> bad = new HashMap<>(phone);
		bad.put("homeSafe", "9");
		bad.put("submissionKey", UUID.randomUUID().toString());
		HttpResponse<String> refused = browser.post(base + "/new", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Må være mellom 1 og 5").doesNotContain("Ola Nordmann");

		// On paper: the date is asked for; without it nothing is saved.
		assertThat(browser.get(base + "/paper").statusCode()).isEqualTo(200);
		LocalDate onPaper = this.today.minusDays(3);
		Map<String, String> paper = new HashMap<>(Map.of("homeSatisfied", "2", "followUpHelp", "5", "freeText",
				"Savner mer hjelp med økonomi", "submissionKey", UUID.randomUUID().toString()));
		HttpResponse<String> noDate = browser.post(base + "/paper", paper);
		assertThat(noDate.statusCode()).isEqualTo(200);
		assertThat(noDate.body()).contains("Må fylles ut");
		paper.put("answeredOn", this.today.plusDays(1).toString());
		assertThat(browser.post(base + "/paper", paper).body()).contains("Datoen kan ikke være fram i tid.");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM survey_response", Long.class)).isOne();
		paper.put("answeredOn", onPaper.toString());
		assertThat(browser.post(base + "/paper", paper).statusCode()).isEqualTo(302);
		assertThat(browser.post(base + "/paper", paper).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM survey_response", Long.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT mode FROM survey_response WHERE answered_on = ?", String.class,
				onPaper))
			.isEqualTo("PAPER");

		// The tab says when, never what.
		String tab = browser.get(base).body();
		assertThat(tab).contains("Svarte " + DAY.format(this.today) + " på telefonen")
			.contains("Svarte " + DAY.format(onPaper) + " på papir")
			.doesNotContain("Fin leilighet")
			.doesNotContain("økonomi")
			.doesNotContain("Helt enig");

		assertThat(audits("CREATE")).isEqualTo(2);
		// The tab, the participant view (three times), the paper form (four times).
		assertThat(audits("READ")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void theSectionLeaderSeesFiguresOnlyFromFiveAnswersAndNeverWhoAnswered() {
		CurrentUser leader = this.staff.sectionLeader(this.section);
		Browserless caseworker = as(this.kari.getUsername());
		for (int i = 1; i <= 4; i++) {
			long someone = this.participants.aParticipant().named("Person Nummer" + i).by(this.kari);
			answer(caseworker, someone,
					Map.of("homeSafe", "5", "homeSatisfied", String.valueOf(i), "freeText", "Hemmelig tekst " + i));
		}
		Browserless sectionLeader = as(leader.getUsername());
		long auditedBefore = this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
		String four = sectionLeader.get("/survey").body();
		assertThat(four).contains("Færre enn 5 svar i perioden")
			.contains("færre enn 5")
			.contains("Fritekst vises ikke")
			.doesNotContain("Hemmelig tekst")
			.doesNotContain("Person Nummer");
		// Aggregates are no read of anyone's record.
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isEqualTo(auditedBefore);

		answer(caseworker, this.participant, Map.of("homeSafe", "4", "homeSatisfied", "5"));
		// Five responses but four free texts: the texts stay hidden (else a fifth text
		// later would show by comparing the two pages whose it is).
		assertThat(sectionLeader.get("/survey?team=" + this.team).body()).contains("5 svar i perioden")
			.contains("Fritekst vises ikke")
			.doesNotContain("Hemmelig tekst");
		long sixth = this.participants.aParticipant().named("Person Nummer6").by(this.kari);
		answer(caseworker, sixth, Map.of("homeSafe", "5", "freeText", "Hemmelig tekst 6"));
		String five = sectionLeader.get("/survey?team=" + this.team).body();
		assertThat(five).contains("6 svar i perioden")
			.contains("Hemmelig tekst 1")
			.contains("Hemmelig tekst 4")
			.doesNotContain("Person Nummer")
			.doesNotContain("Ola Nordmann")
			// homeSafe: 5 × 5 and 1 × 4, mean 4,8, all agree.
			.contains("4,8")
			.contains("100 %")
			.contains("<svg");
		// Another period: nothing.
		String earlier = sectionLeader
			.get("/survey?from=" + this.today.minusYears(3) + "&to=" + this.today.minusYears(2))
			.body();
		assertThat(earlier).contains("Ingen svar i perioden").doesNotContain("Hemmelig tekst");
		// A bad date is said by its field, not a 500.
		HttpResponse<String> bad = sectionLeader.get("/survey?from=nonsense");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("Skriv en gyldig dato");
	}

	@Test
	void everyRoleKeepsToItsOwnRoutes() {
		String base = "/participants/" + this.participant + "/survey";
		Map<String, Browserless> who = new LinkedHashMap<>();
		who.put("caseworker", as(this.kari.getUsername()));
		who.put("leader", as(this.staff.sectionLeader(this.section).getUsername()));
		who.put("otherLeader", as(this.staff.sectionLeader(this.staff.section()).getUsername()));
		who.put("otherCaseworker", as(this.staff.caseworker(this.staff.team(this.section)).getUsername()));
		who.put("nav", as(this.staff.withRole(Role.NAV).getUsername()));
		who.put("housing", as(this.staff.withRole(Role.HOUSING_OFFICER).getUsername()));
		who.put("admin", as(this.staff.admin().getUsername()));
		Map<String, int[]> expected = new LinkedHashMap<>();
		// tab, participant view, paper form, results, results for the team, print
		expected.put("caseworker", new int[] { 200, 200, 200, 403, 403, 200 });
		expected.put("leader", new int[] { 200, 403, 403, 200, 200, 200 });
		expected.put("otherLeader", new int[] { 404, 403, 403, 200, 404, 200 });
		expected.put("otherCaseworker", new int[] { 404, 404, 404, 403, 403, 200 });
		expected.put("nav", new int[] { 403, 403, 403, 403, 403, 403 });
		expected.put("housing", new int[] { 403, 403, 403, 403, 403, 403 });
		expected.put("admin", new int[] { 403, 403, 403, 403, 403, 403 });
		String[] paths = { base, base + "/new", base + "/paper", "/survey", "/survey?team=" + this.team,
				"/survey/print" };
		for (Map.Entry<String, Browserless> person : who.entrySet()) {
			int[] codes = expected.get(person.getKey());
			for (int i = 0; i < paths.length; i++) {
				assertThat(person.getValue().get(paths[i]).statusCode()).as(person.getKey() + " GET " + paths[i])
					.isEqualTo(codes[i]);
			}
		}
		// Posting is for the participant's caseworkers only; nothing saved by anyone
		// else.
		Map<String, String> answers = Map.of("homeSafe", "5", "answeredOn", this.today.toString(), "submissionKey",
				UUID.randomUUID().toString());
		assertThat(who.get("leader").post(base + "/new", answers).statusCode()).isEqualTo(403);
		assertThat(who.get("otherCaseworker").post(base + "/paper", answers).statusCode()).isEqualTo(404);
		assertThat(who.get("nav").post(base + "/paper", answers).statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM survey_response", Long.class)).isZero();
		// The other team's caseworker was refused, and that is in the participant's log.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE outcome = 'DENIED' AND participant_id = ? AND actor_username <> ?",
				Long.class, this.participant, this.kari.getUsername()))
			.isPositive();
	}

	private void answer(Browserless caseworker, long participantId, Map<String, String> scores) {
		Map<String, String> form = new HashMap<>(scores);
		form.put("submissionKey", UUID.randomUUID().toString());
		String path = "/participants/" + participantId + "/survey/new";
		caseworker.get(path);
		assertThat(caseworker.post(path, form).statusCode()).isEqualTo(302);
	}

	private long audits(String action) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE record_type = 'SURVEY' AND action = ? AND participant_id = ?",
				Long.class, action, this.participant);
	}

	private Browserless as(String username) {
		Browserless browser = new Browserless(this.port);
		HttpResponse<String> login = browser.login(username, TestStaff.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		return browser;
	}

}
