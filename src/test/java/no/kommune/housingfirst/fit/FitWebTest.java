package no.kommune.housingfirst.fit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import no.kommune.housingfirst.visitlog.VoidReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static no.kommune.housingfirst.fit.FitAlertTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * FIT through the web: the participant view, the tab with its graph, corrections, the
 * alerts where caseworkers look, the section leader's counts, and who may do what.
 */
@IntegrationTest
class FitWebTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	FitService fit;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	long section;

	long team;

	CurrentUser kari;

	long anne;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.anne = this.participants.aParticipant()
			.named("Anne Tilbakemelding")
			.includedOn(TODAY.minusDays(100))
			.by(this.kari);
	}

	@Autowired
	FitProperties limits;

	@Test
	void theThresholdsAreConfiguredWithTheDomainDefaults() {
		assertThat(this.limits).isEqualTo(FitProperties.defaults());
	}

	@Test
	void theParticipantViewShowsTheScalesAndNothingElse() throws Exception {
		this.fit.record(this.kari, this.anne, UUID.randomUUID(), session(TODAY.minusDays(7), "1.1", "2.2"));
		String html = this.mvc.perform(get(newUrl()).with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Ferdig – gi telefonen tilbake")
			.contains("type=\"range\"")
			.contains("min=\"0\" max=\"10\" step=\"0.1\"")
			.contains("<output")
			.contains("/js/fit.js")
			.contains("Individuelt", "Mellommenneskelig", "Sosialt", "Generelt", "Relasjon", "Mål og tema",
					"Tilnærming", "Totalt");
		assertThat(count(html, "type=\"range\"")).isEqualTo(8);
		// No name, no menu, no earlier scores, no link anywhere: the button is the only
		// way on.
		assertThat(html).doesNotContain("Anne", "Tilbakemelding</h1", "navbar", "<nav", "<a ", "1,1", "2,2")
			.doesNotContain(this.kari.fullName());
	}

	@Test
	void aSessionIsSavedExactlyAndShownOnTheTab() throws Exception {
		this.mvc
			.perform(record(Map.of("orsIndividual", "7,5", "orsInterpersonal", "8.1", "orsSocial", "9,9", "orsOverall",
					"0.1", "srsRelationship", "10", "srsGoals", "9.5", "srsApproach", "9", "srsOverall", "7,4")))
			.andExpect(redirectedUrl(tabUrl()))
			.andExpect(flash().attribute("message", "fit.saved"));
		assertThat(this.jdbc.queryForMap(
				"SELECT ors_individual::text AS a, ors_total::text AS ors, srs_total::text AS srs, session_date "
						+ "FROM fit_session WHERE participant_id = ?",
				this.anne))
			.containsEntry("a", "7.5")
			.containsEntry("ors", "25.6")
			.containsEntry("srs", "35.9")
			.containsEntry("session_date", java.sql.Date.valueOf(TODAY));
		assertThat(this.jdbc.queryForObject("SELECT data_type FROM information_schema.columns "
				+ "WHERE table_name = 'fit_session' AND column_name = 'ors_total'", String.class))
			.isEqualTo("numeric");
		this.mvc.perform(get(tabUrl()).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("25,6")))
			.andExpect(content().string(containsString("35,9")))
			.andExpect(content().string(containsString("Siste SRS er 35,9, under alliansegrensen 36,0")));
	}

	@Test
	void badScoresAreRefusedNextToTheItemAndNothingIsSaved() throws Exception {
		for (String bad : List.of("10.55", "-1", "11", "ti", "10,5", "")) {
			this.mvc.perform(record(Map.of("orsSocial", bad)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"orsSocial-error\"")))
				.andExpect(content().string(not(containsString("id=\"orsIndividual-error\""))))
				.andExpect(content().string(containsString("Ferdig – gi telefonen tilbake")));
		}
		this.mvc.perform(record(Map.of("srsGoals", "")))
			.andExpect(content().string(containsString("Må fylles ut når skalaen er gitt.")));
		this.mvc.perform(record(Map.of("ors", "", "srs", "")))
			.andExpect(content().string(containsString("Fyll ut ORS, SRS eller begge.")));
		this.mvc.perform(record(Map.of("date", TODAY.plusDays(1).toString())))
			.andExpect(content().string(containsString("Datoen kan ikke være fram i tid.")));
		this.mvc.perform(record(Map.of("date", TODAY.minusDays(101).toString())))
			.andExpect(content().string(containsString("Datoen kan ikke være før deltakeren ble inkludert.")));
		assertThat(sessions()).isZero();
		// 9,5 is fine; a scale not given may be left as it is.
		this.mvc.perform(record(Map.of("orsSocial", "9,5", "srs", "", "srsGoals", "ti")))
			.andExpect(redirectedUrl(tabUrl()));
		assertThat(this.jdbc.queryForObject(
				"SELECT ors_social::text || ' ' || coalesce(srs_total::text, '-') FROM fit_session WHERE participant_id = ?",
				String.class, this.anne))
			.isEqualTo("9.5 -");
	}

	@Test
	void theSameSubmissionTwiceSavesOneSession() throws Exception {
		String key = UUID.randomUUID().toString();
		this.mvc.perform(record(Map.of("key", key))).andExpect(redirectedUrl(tabUrl()));
		this.mvc.perform(record(Map.of("key", key, "orsSocial", "1"))).andExpect(redirectedUrl(tabUrl()));
		assertThat(sessions()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT ors_social::text FROM fit_session", String.class)).isEqualTo("5.0");
	}

	@Test
	void aCorrectionKeepsItsHistory() throws Exception {
		long id = this.fit.record(this.kari, this.anne, UUID.randomUUID(), session(TODAY.minusDays(2), "5.0", "9.0"));
		String edit = "/participants/" + this.anne + "/fit/" + id + "/edit";
		this.mvc.perform(get(edit).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"5,0\"")));
		Map<String, String> corrected = fields(TODAY.minusDays(2), "5.0", "9.0");
		corrected.put("orsSocial", "6,5");
		corrected.put("version", "0");
		// An item left empty while its scale is given is refused, and nothing changes.
		Map<String, String> empty = new HashMap<>(corrected);
		empty.put("srsGoals", "");
		this.mvc.perform(submit(edit, empty))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"srsGoals-error\"")));
		this.mvc.perform(submit(edit, corrected)).andExpect(redirectedUrl("/participants/" + this.anne + "/fit/" + id));
		this.mvc.perform(get("/participants/" + this.anne + "/fit/" + id).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ORS: Sosialt")))
			.andExpect(content().string(containsString("<td>5,0</td>")))
			.andExpect(content().string(containsString("<td>6,5</td>")))
			.andExpect(content().string(containsString(this.kari.fullName())));
		assertThat(this.jdbc.queryForList("SELECT field || ':' || old_value || '>' || new_value FROM fit_correction",
				String.class))
			.containsExactly("orsSocial:5.0>6.5");
		// The page the user had is now stale: a 409 that keeps what they typed.
		corrected.put("orsSocial", "7,5");
		this.mvc.perform(submit(edit, corrected))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre har rettet")))
			.andExpect(content().string(containsString("value=\"7,5\"")));
		assertThat(this.jdbc.queryForObject("SELECT ors_social::text FROM fit_session", String.class)).isEqualTo("6.5");
	}

	@Test
	void aSessionTiedToAVisitStartsFromTheVisitsPage() throws Exception {
		long visit = this.visits.log(this.kari, this.anne, UUID.randomUUID(),
				VisitDetails.minimal(TODAY.minusDays(3), VisitKind.HOME_VISIT, true));
		String fitLink = "/participants/" + this.anne + "/fit/new?visit=" + visit;
		this.mvc.perform(get("/participants/" + this.anne + "/visits/" + visit).with(user(this.kari)))
			.andExpect(content().string(containsString(fitLink)))
			.andExpect(content().string(containsString("Legg til FIT")));
		this.mvc.perform(get(fitLink).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"visit\" value=\"" + visit + "\"")))
			.andExpect(content().string(containsString("value=\"" + TODAY.minusDays(3) + "\"")));
		this.mvc.perform(record(Map.of("visit", String.valueOf(visit), "date", TODAY.minusDays(3).toString())))
			.andExpect(redirectedUrl(tabUrl()));
		assertThat(this.jdbc.queryForObject("SELECT visit_id FROM fit_session", Long.class)).isEqualTo(visit);
		// Saving a visit offers FIT for it next.
		this.mvc
			.perform(post("/participants/" + this.anne + "/visits/new").with(csrf())
				.with(user(this.kari))
				.param("key", UUID.randomUUID().toString())
				.param("date", TODAY.toString())
				.param("kind", "HOME_VISIT")
				.param("contact", "true"))
			.andExpect(flash().attribute("fitAfterVisit",
					org.hamcrest.Matchers.startsWith("/participants/" + this.anne + "/fit/new?visit=")));
		// Another participant's visit, or a voided one, is no place for a session.
		long other = this.participants.aParticipant().by(this.kari);
		this.mvc.perform(get("/participants/" + other + "/fit/new?visit=" + visit).with(user(this.kari)))
			.andExpect(status().isNotFound());
		this.visits.voidVisit(this.kari, this.anne, visit, 0, VoidReason.DUPLICATE, null);
		this.mvc.perform(get(fitLink).with(user(this.kari))).andExpect(status().isNotFound());
		this.mvc.perform(record(Map.of("visit", String.valueOf(visit))))
			.andExpect(content().string(containsString("Besøket finnes ikke for denne deltakeren")));
		assertThat(sessions()).isEqualTo(1);
		// The session already tied to it can still have its scores corrected.
		long session = this.jdbc.queryForObject("SELECT id FROM fit_session", Long.class);
		Map<String, String> corrected = fields(TODAY.minusDays(3), "5.0", "9.0");
		corrected.put("visit", String.valueOf(visit));
		corrected.put("version", "0");
		corrected.put("orsOverall", "4,5");
		this.mvc.perform(submit("/participants/" + this.anne + "/fit/" + session + "/edit", corrected))
			.andExpect(redirectedUrl("/participants/" + this.anne + "/fit/" + session));
	}

	@Test
	void theGraphHoldsThePointsAndLinesOfTheSeries() throws Exception {
		this.fit.record(this.kari, this.anne, UUID.randomUUID(),
				new FitDetails(TODAY.minusDays(14), null, scale("5.0"), items("8.8", "8.7", "8.8", "8.7")));
		this.fit.record(this.kari, this.anne, UUID.randomUUID(),
				new FitDetails(TODAY.minusDays(7), null, null, scale("9.5")));
		this.fit.record(this.kari, this.anne, UUID.randomUUID(), new FitDetails(TODAY, null, scale("6.5"), null));
		String html = this.mvc.perform(get(tabUrl()).with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document svg = svg(html);
		Element root = svg.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("ORS og SRS over samtalene");
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).startsWith("2 ORS og 2 SRS");
		// ORS totals 20.0 and 26.0; SRS 35.0 and 38.0; y = 290 − 7 × total.
		assertThat(byClass(svg, "polyline", "series-ors").getAttribute("points")).isEqualTo("58.0,150.0 614.0,108.0");
		assertThat(byClass(svg, "polyline", "series-srs").getAttribute("points")).isEqualTo("58.0,45.0 336.0,24.0");
		assertThat(byClass(svg, "line", "cutoff").getAttribute("y1")).isEqualTo("115.0");
		assertThat(byClass(svg, "line", "alliance").getAttribute("y1")).isEqualTo("38.0");
		assertThat(byClass(svg, "line", "reliable reliable-up").getAttribute("y1")).isEqualTo("115.0");
		assertThat(byClass(svg, "line", "reliable reliable-down").getAttribute("y1")).isEqualTo("185.0");
		assertThat(all(svg, "circle")).extracting((c) -> c.getAttribute("cx") + "," + c.getAttribute("cy"))
			.containsExactly("58.0,150.0", "614.0,108.0");
		assertThat(all(svg, "rect")).hasSize(2);
		// The same figures in the table beside it; no inline style anywhere.
		assertThat(html).contains("20,0", "26,0", "35,0", "38,0").doesNotContain("style=");
		assertThat(html).contains("class=\"btn btn-outline-secondary print-button\"");
		// A reliable improvement shows as good news.
		assertThat(html).contains("alert-success").contains("Reell bedring: siste ORS 26,0 mot første ORS 20,0.");
	}

	@Test
	void thePrintViewKeepsTheGraphAndTableAndDropsTheRest() throws Exception {
		String css = this.mvc.perform(get("/css/print.css"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(css).contains("header, footer, .skip-link, .trial-banner, .btn, form, nav").contains(".fit-chart");
		this.fit.record(this.kari, this.anne, UUID.randomUUID(), session(TODAY, "5.0", "9.0"));
		this.mvc.perform(get(tabUrl()).with(user(this.kari)))
			.andExpect(content().string(containsString("media=\"print\"")))
			.andExpect(content().string(containsString("class=\"table table-sm fit-table\"")));
	}

	@Test
	void alertsShowOnTheParticipantPageAndOnMinUke() throws Exception {
		this.fit.record(this.kari, this.anne, UUID.randomUUID(), session(TODAY.minusDays(7), "5.0", "9.5"));
		this.fit.record(this.kari, this.anne, UUID.randomUUID(), session(TODAY, "5.0", "9.0"));
		long quiet = this.participants.aParticipant()
			.named("Stille Uten Fit")
			.includedOn(TODAY.minusDays(40))
			.by(this.kari);
		String alert = "SRS falt fra 38,0 til 36,0 siden forrige samtale.";
		this.mvc.perform(get("/participants/" + this.anne).with(user(this.kari)))
			.andExpect(content().string(containsString(alert)))
			.andExpect(content().string(containsString("href=\"/participants/" + this.anne + "/fit\"")));
		this.mvc.perform(get("/participants/" + this.anne).with(user(this.staff.sectionLeader(this.section))))
			.andExpect(content().string(containsString(alert)));
		this.mvc.perform(get("/participants/" + quiet).with(user(this.kari)))
			.andExpect(content().string(containsString("Ingen FIT de siste 30 dagene.")))
			.andExpect(content().string(not(containsString(alert))));
		this.mvc.perform(get("/my-week").with(user(this.kari)))
			.andExpect(content().string(containsString(alert)))
			.andExpect(content().string(containsString("Ingen FIT de siste 30 dagene.")));
	}

	@Test
	void theSectionLeaderGetsCountsPerTeamOfTheirSections() {
		long otherTeam = this.staff.team(this.section);
		CurrentUser ola = this.staff.caseworker(otherTeam);
		CurrentUser nils = this.staff.caseworker(this.staff.team(this.staff.section()));
		// Anne: SRS 35.9 (an alert), Bo: SRS 36.0 (none) and a drop of exactly 1.0.
		this.fit.record(this.kari, this.anne, UUID.randomUUID(),
				new FitDetails(TODAY.minusDays(3), null, null, items("9.0", "9.0", "9.0", "8.9")));
		long bo = this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(this.kari);
		this.fit.record(this.kari, bo, UUID.randomUUID(),
				new FitDetails(TODAY.minusDays(10), null, scale("5.0"), items("9.0", "9.0", "9.0", "10.0")));
		this.fit.record(this.kari, bo, UUID.randomUUID(),
				new FitDetails(TODAY.minusDays(3), null, items("3.8", "3.7", "3.8", "3.7"), scale("9.0")));
		// Other team in the section: improvement of exactly 5.0; never any FIT for the
		// other.
		long cai = this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(ola);
		this.fit.record(ola, cai, UUID.randomUUID(), new FitDetails(TODAY.minusDays(60), null, scale("5.0"), null));
		this.fit.record(ola, cai, UUID.randomUUID(),
				new FitDetails(TODAY.minusDays(40), null, items("6.3", "6.2", "6.3", "6.2"), null));
		this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(ola);
		// Another section: not counted.
		long far = this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(nils);
		this.fit.record(nils, far, UUID.randomUUID(), new FitDetails(TODAY, null, null, scale("1.0")));

		CurrentUser leader = this.staff.sectionLeader(this.section);
		assertThat(this.fit.teamCounts(leader, TODAY)).containsExactly(
				new FitTeamCounts(this.team, 2, 1, 1, 1, 0, 0, 2), new FitTeamCounts(otherTeam, 2, 0, 0, 0, 1, 2, 0));
		assertThat(this.fit.teamCounts(this.kari, TODAY)).isEmpty();
		// Only the teams asked for, and of those only the leader's: another section's
		// team
		// is left out even when asked for.
		assertThat(this.fit.teamCounts(leader, java.util.Set.of(otherTeam, nils.teamIds().iterator().next()), TODAY))
			.containsExactly(new FitTeamCounts(otherTeam, 2, 0, 0, 0, 1, 2, 0));
		// The thresholds come from the configuration: the same series with other ones.
		FitQueries queries = new FitQueries(
				new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(this.jdbc));
		assertThat(queries.teamCounts(List.of(this.team), TODAY,
				new FitProperties(d("25.0"), d("35.9"), d("1.1"), d("6.0"), 2)))
			.containsExactly(new FitTeamCounts(this.team, 2, 0, 0, 0, 0, 2, 0));
	}

	@Test
	void everyRouteFollowsWhoMaySeeAndWriteFitAndIsAudited() throws Exception {
		long session = this.fit.record(this.kari, this.anne, UUID.randomUUID(), session(TODAY, "5.0", "9.0"));
		CurrentUser sameSectionOtherTeam = this.staff.caseworker(this.staff.team(this.section));
		CurrentUser otherSection = this.staff.caseworker(this.staff.team(this.staff.section()));
		CurrentUser leader = this.staff.sectionLeader(this.section);
		CurrentUser otherLeader = this.staff.sectionLeader(this.staff.section());
		CurrentUser nav = this.staff.withRole(Role.NAV);
		CurrentUser housing = this.staff.withRole(Role.HOUSING_OFFICER);
		CurrentUser admin = this.staff.withRole(Role.ADMIN);
		String s = "/participants/" + this.anne + "/fit/" + session;
		long marker = this.jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_event", Long.class);
		// tab, participant view, record, session, correction form, correction
		expect(this.kari, s, 200, 200, 302, 200, 200, 302);
		expect(sameSectionOtherTeam, s, 404, 404, 404, 404, 404, 404);
		expect(otherSection, s, 404, 404, 404, 404, 404, 404);
		expect(leader, s, 200, 403, 403, 200, 403, 403);
		expect(otherLeader, s, 404, 403, 403, 404, 403, 403);
		expect(nav, s, 403, 403, 403, 403, 403, 403);
		expect(housing, s, 403, 403, 403, 403, 403, 403);
		expect(admin, s, 403, 403, 403, 403, 403, 403);
		assertThat(sessions()).isEqualTo(2);
		// Allowed reads and changes are FIT records; refusals (by the service or the
		// route
		// policy) are recorded against the participant record, as everywhere.
		assertThat(audit(this.kari, marker)).containsExactly("FIT READ ALLOWED", "FIT READ ALLOWED",
				"FIT CREATE ALLOWED", "FIT READ ALLOWED", "FIT READ ALLOWED", "FIT UPDATE ALLOWED");
		List<String> refused = List.of("PARTICIPANT READ DENIED", "PARTICIPANT READ DENIED",
				"PARTICIPANT CREATE DENIED", "PARTICIPANT READ DENIED", "PARTICIPANT READ DENIED",
				"PARTICIPANT UPDATE DENIED");
		assertThat(audit(sameSectionOtherTeam, marker)).isEqualTo(refused);
		assertThat(audit(otherSection, marker)).isEqualTo(refused);
		assertThat(audit(leader, marker)).containsExactly("FIT READ ALLOWED", "PARTICIPANT READ DENIED",
				"PARTICIPANT UPDATE DENIED", "FIT READ ALLOWED", "PARTICIPANT READ DENIED",
				"PARTICIPANT UPDATE DENIED");
		List<String> byRoute = List.of("PARTICIPANT READ DENIED", "PARTICIPANT READ DENIED",
				"PARTICIPANT UPDATE DENIED", "PARTICIPANT READ DENIED", "PARTICIPANT READ DENIED",
				"PARTICIPANT UPDATE DENIED");
		assertThat(audit(otherLeader, marker)).isEqualTo(byRoute);
		assertThat(audit(nav, marker)).isEqualTo(byRoute);
		assertThat(audit(housing, marker)).isEqualTo(byRoute);
	}

	private void expect(CurrentUser who, String session, int... statuses) throws Exception {
		String base = "/participants/" + this.anne + "/fit";
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		requests.add(get(base));
		requests.add(get(base + "/new"));
		requests.add(post(base + "/new").with(csrf()));
		fields(TODAY, "4.0", "9.0").forEach((k, v) -> requests.get(2).param(k, v));
		requests.get(2).param("key", UUID.randomUUID().toString());
		requests.add(get(session));
		requests.add(get(session + "/edit"));
		MockHttpServletRequestBuilder correct = post(session + "/edit").with(csrf());
		fields(TODAY, "4.5", "9.0").forEach(correct::param);
		correct.param("version", "0");
		requests.add(correct);
		for (int i = 0; i < requests.size(); i++) {
			int got = this.mvc.perform(requests.get(i).with(user(who))).andReturn().getResponse().getStatus();
			assertThat(got).as(who.getUsername() + " request " + i).isEqualTo(statuses[i]);
		}
	}

	private List<String> audit(CurrentUser who, long after) {
		return this.jdbc.queryForList("SELECT record_type || ' ' || action || ' ' || outcome FROM audit_event "
				+ "WHERE actor_id = ? AND id > ? ORDER BY id", String.class, who.id(), after);
	}

	private MockHttpServletRequestBuilder record(Map<String, String> changes) {
		Map<String, String> form = fields(TODAY, "5.0", "9.0");
		form.put("key", UUID.randomUUID().toString());
		form.putAll(changes);
		return submit(newUrl(), form);
	}

	private MockHttpServletRequestBuilder submit(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(url)
			.with(csrf())
			.with(user(this.kari));
		form.forEach(request::param);
		return request;
	}

	/** Both scales given, every ORS item at one value and every SRS item at another. */
	static Map<String, String> fields(LocalDate date, String ors, String srs) {
		Map<String, String> form = new HashMap<>();
		form.put("date", date.toString());
		form.put("visit", "");
		form.put("ors", "true");
		form.put("srs", "true");
		for (FitItem item : FitItem.values()) {
			form.put(item.field(), (item.scale() == FitItem.Scale.ORS) ? ors : srs);
		}
		return form;
	}

	static FitDetails session(LocalDate date, String ors, String srs) {
		return new FitDetails(date, null, scale(ors), scale(srs));
	}

	static ScaleScores scale(String each) {
		return items(each, each, each, each);
	}

	static ScaleScores items(String a, String b, String c, String e) {
		return new ScaleScores(d(a), d(b), d(c), d(e));
	}

	private int sessions() {
		return this.jdbc.queryForObject("SELECT count(*) FROM fit_session", Integer.class);
	}

	private String newUrl() {
		return "/participants/" + this.anne + "/fit/new";
	}

	private String tabUrl() {
		return "/participants/" + this.anne + "/fit";
	}

	private static int count(String text, String needle) {
		return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
	}

	/** The page's SVG, parsed as XML. */
	static Document svg(String html) throws Exception {
		int start = html.indexOf("<svg");
		int end = html.indexOf("</svg>") + "</svg>".length();
		assertThat(start).as("an svg on the page").isNotNegative();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(html.substring(start, end).getBytes(StandardCharsets.UTF_8)));
	}

	private static Element byClass(Document svg, String tag, String cssClass) {
		return all(svg, tag).stream()
			.filter((e) -> e.getAttribute("class").equals(cssClass))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + tag + "." + cssClass));
	}

	private static List<Element> all(Document svg, String tag) {
		NodeList nodes = svg.getElementsByTagName(tag);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

}
