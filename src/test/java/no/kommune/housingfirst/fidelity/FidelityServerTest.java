package no.kommune.housingfirst.fidelity;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The fidelity self-assessment over real HTTP with real commits: a year started once (the
 * same submission twice, and a second start of the same year, open the first), with the
 * caseload pre-filled from the app's data; scored as a draft, a stale save refused, a bad
 * score and an incomplete completion said by their fields, then completed and kept as it
 * was; the years compared; the team's caseworkers read it; every role kept to its routes.
 */
@ServerTest
class FidelityServerTest {

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

	int year;

	long section;

	long team;

	CurrentUser leader;

	CurrentUser kari;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.year = LocalDate.now(TimeConfiguration.OSLO).getYear();
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.leader = this.staff.sectionLeader(this.section);
		this.kari = this.staff.caseworker(this.team);
		// Two active participants, one caseworker: 2 per caseworker.
		this.participants.aParticipant().by(this.kari);
		this.participants.aParticipant().by(this.kari);
	}

	@Test
	void aYearIsStartedOnceScoredAsADraftAndCompleted() {
		Browserless browser = as(this.leader.getUsername());
		assertThat(browser.get("/fidelity").body()).contains("Start egenvurderingen for " + this.year);
		Map<String, String> start = Map.of("team", String.valueOf(this.team), "year", String.valueOf(this.year),
				"submissionKey", UUID.randomUUID().toString());
		HttpResponse<String> first = browser.post("/fidelity", start);
		assertThat(first.statusCode()).isEqualTo(302);
		String location = first.headers().firstValue("Location").orElseThrow();
		assertThat(browser.post("/fidelity", start).headers().firstValue("Location")).hasValue(location);
		Map<String, String> again = new HashMap<>(start);
		again.put("submissionKey", UUID.randomUUID().toString());
		assertThat(browser.post("/fidelity", again).headers().firstValue("Location")).hasValue(location);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fidelity_assessment", Long.class)).isOne();
		// The spent key sent again for last year (the year changed in the form): that
		// year is started too, not a 500.
		Map<String, String> lastYear = new HashMap<>(start);
		lastYear.put("year", String.valueOf(this.year - 1));
		HttpResponse<String> previous = browser.post("/fidelity", lastYear);
		assertThat(previous.statusCode()).isEqualTo(302);
		assertThat(previous.headers().firstValue("Location").orElseThrow()).isNotEqualTo(location);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fidelity_assessment WHERE year = ?", Long.class,
				this.year - 1))
			.isOne();
		long id = this.jdbc.queryForObject("SELECT id FROM fidelity_assessment WHERE year = ?", Long.class, this.year);
		String path = "/fidelity/" + id;

		String page = browser.get(path).body();
		assertThat(page).contains("Målt: 2 aktive deltakere per booppfølger. Forslag: 4.")
			.contains("Boligvalg og boligstruktur")
			.contains("Teamstruktur og personell")
			.contains("utkast");
		assertThat(this.jdbc.queryForObject(
				"SELECT suggested FROM fidelity_item WHERE assessment_id = ? AND item = 'CASELOAD_RATIO'",
				Integer.class, id))
			.isEqualTo(4);

		// A draft: two items scored, one with a comment.
		Map<String, String> draft = new HashMap<>(
				Map.of("version", "0", "score_CASELOAD_RATIO", "4", "score_HARM_REDUCTION", "3",
						"comment_HARM_REDUCTION", "Vi snakker om skadereduksjon <b>hver uke</b>", "complete", "false"));
		assertThat(browser.post(path, draft).statusCode()).isEqualTo(302);
		String saved = browser.get(path).body();
		assertThat(saved).contains("2 av 16 punkter vurdert, 7 av 64 poeng.").contains("&lt;b&gt;hver uke&lt;/b&gt;");
		// The same page again: someone saved meanwhile.
		HttpResponse<String> stale = browser.post(path, draft);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har lagret egenvurderingen");
		// A score off the scale, by its field; nothing saved.
		Map<String, String> bad = new HashMap<>(draft);
		bad.put("version", "1");
		bad.put("score_TEAM_MEETINGS", "7");
		HttpResponse<String> refused = browser.post(path, bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Må være mellom 1 og 4").contains("score_TEAM_MEETINGS-error");
		// Completing before every item is scored.
		Map<String, String> early = new HashMap<>(draft);
		early.put("version", "1");
		early.put("complete", "true");
		HttpResponse<String> incomplete = browser.post(path, early);
		assertThat(incomplete.statusCode()).isEqualTo(200);
		assertThat(incomplete.body()).contains("Gi poeng på alle punktene før du fullfører.");
		assertThat(this.jdbc.queryForObject("SELECT status FROM fidelity_assessment WHERE id = ?", String.class, id))
			.isEqualTo("DRAFT");

		Map<String, String> all = new HashMap<>();
		for (FidelityItem item : FidelityItem.values()) {
			all.put("score_" + item.name(), (item.domain() == FidelityDomain.TEAM) ? "4" : "3");
		}
		all.put("version", "1");
		all.put("complete", "true");
		assertThat(browser.post(path, all).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("SELECT status FROM fidelity_assessment WHERE id = ?", String.class, id))
			.isEqualTo("COMPLETED");
		String completed = browser.get(path).body();
		assertThat(completed).contains("fullført").doesNotContain("Lagre utkast");
		// Kept as it was.
		all.put("version", "2");
		all.put("score_TEAM_MEETINGS", "1");
		assertThat(browser.post(path, all).body()).contains("Egenvurderingen er fullført og kan ikke endres.");
		assertThat(this.jdbc.queryForObject(
				"SELECT score FROM fidelity_item WHERE assessment_id = ? AND item = 'TEAM_MEETINGS'", Integer.class,
				id))
			.isEqualTo(4);

		// Last year too; the years side by side per domain.
		browser.post("/fidelity", Map.of("team", String.valueOf(this.team), "year", String.valueOf(this.year - 1),
				"submissionKey", UUID.randomUUID().toString()));
		String overview = browser.get("/fidelity?team=" + this.team).body();
		assertThat(overview).contains(this.year + ": fullført")
			.contains((this.year - 1) + ": utkast")
			.contains("Snitt per område og år")
			// The team domain 4,0; all 16 items: 13 × 3 and 3 × 4 = 51 / 16.
			.contains("4,0")
			.contains("3,2");
		assertThat(browser.get(path + "/print").body()).contains("Teamstruktur og personell").contains("Målt");
	}

	@Test
	void everyRoleKeepsToItsOwnRoutes() {
		long id = this.jdbc.queryForObject("""
				INSERT INTO fidelity_assessment (team_id, year, status, submission_key, created_by)
				VALUES (?, ?, 'DRAFT', ?, ?) RETURNING id""", Long.class, this.team, this.year, UUID.randomUUID(),
				this.leader.id());
		String path = "/fidelity/" + id;
		Map<String, Browserless> who = new LinkedHashMap<>();
		who.put("leader", as(this.leader.getUsername()));
		who.put("caseworker", as(this.kari.getUsername()));
		who.put("otherLeader", as(this.staff.sectionLeader(this.staff.section()).getUsername()));
		who.put("otherCaseworker", as(this.staff.caseworker(this.staff.team(this.section)).getUsername()));
		who.put("nav", as(this.staff.withRole(Role.NAV).getUsername()));
		who.put("housing", as(this.staff.withRole(Role.HOUSING_OFFICER).getUsername()));
		who.put("admin", as(this.staff.admin().getUsername()));
		Map<String, int[]> expected = new LinkedHashMap<>();
		// list, the team's list, the assessment, its print view
		expected.put("leader", new int[] { 200, 200, 200, 200 });
		expected.put("caseworker", new int[] { 200, 200, 200, 200 });
		expected.put("otherLeader", new int[] { 200, 404, 404, 404 });
		expected.put("otherCaseworker", new int[] { 200, 404, 404, 404 });
		expected.put("nav", new int[] { 403, 403, 403, 403 });
		expected.put("housing", new int[] { 403, 403, 403, 403 });
		expected.put("admin", new int[] { 403, 403, 403, 403 });
		String[] paths = { "/fidelity", "/fidelity?team=" + this.team, path, path + "/print" };
		for (Map.Entry<String, Browserless> person : who.entrySet()) {
			int[] codes = expected.get(person.getKey());
			for (int i = 0; i < paths.length; i++) {
				assertThat(person.getValue().get(paths[i]).statusCode()).as(person.getKey() + " GET " + paths[i])
					.isEqualTo(codes[i]);
			}
		}
		// The caseworker reads but does not score; nobody outside the section reaches it.
		assertThat(who.get("caseworker").get(path).body()).doesNotContain("Lagre utkast");
		assertThat(who.get("leader").get(path).body()).contains("Lagre utkast");
		Map<String, String> save = Map.of("version", "0", "score_TEAM_MEETINGS", "1", "complete", "false");
		assertThat(who.get("caseworker").post(path, save).statusCode()).isEqualTo(403);
		assertThat(who.get("otherLeader").post(path, save).statusCode()).isEqualTo(404);
		assertThat(who.get("nav").post(path, save).statusCode()).isEqualTo(403);
		Map<String, String> start = Map.of("team", String.valueOf(this.team), "year", String.valueOf(this.year - 1),
				"submissionKey", UUID.randomUUID().toString());
		assertThat(who.get("caseworker").post("/fidelity", start).statusCode()).isEqualTo(403);
		assertThat(who.get("otherLeader").post("/fidelity", start).statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fidelity_assessment", Long.class)).isOne();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fidelity_item WHERE score IS NOT NULL", Long.class))
			.isZero();
	}

	private Browserless as(String username) {
		Browserless browser = new Browserless(this.port);
		HttpResponse<String> login = browser.login(username, TestStaff.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		return browser;
	}

}
