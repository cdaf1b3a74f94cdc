package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging, correcting and reading visits through the web, with the rules and access
 * around them.
 */
@IntegrationTest
class VisitWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	VisitService visits;

	@Autowired
	VisitCompliance compliance;

	@Autowired
	no.kommune.housingfirst.participant.ParticipantPathway pathway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long section;

	long team;

	CurrentUser kari;

	long participant;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.participant = this.participants.aParticipant()
			.named("Besøkt Person")
			.includedOn(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(100))
			.by(this.kari);
	}

	@Test
	void theSmallestVisitIsDateKindAndContact() throws Exception {
		this.mvc.perform(get("/participants/" + this.participant + "/visits/new").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"value=\"" + LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO) + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*id=\"kind-HOME_VISIT\" value=\"HOME_VISIT\"\\s+checked.*")));
		this.mvc.perform(log(Map.of("contact", "true"))).andExpect(redirectedUrl(visitsUrl()));
		assertThat(rows())
			.containsExactly(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO) + " HOME_VISIT true");
	}

	@Test
	void theSameSubmissionTwiceSavesOneVisit() throws Exception {
		String key = UUID.randomUUID().toString();
		this.mvc.perform(log(Map.of("contact", "true", "key", key))).andExpect(redirectedUrl(visitsUrl()));
		this.mvc.perform(log(Map.of("contact", "true", "key", key))).andExpect(redirectedUrl(visitsUrl()));
		this.mvc.perform(log(Map.of("contact", "false", "key", key, "from", "my-week")))
			.andExpect(redirectedUrl("/my-week"));
		assertThat(rows()).hasSize(1);
	}

	@Test
	void badInputIsExplainedByTheFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(log(Map.of("date",
					LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).plusDays(1).toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Velg om dere traff deltakeren.")));
		this.mvc
			.perform(log(Map.of("contact", "true", "date",
					LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).plusDays(1).toString())))
			.andExpect(content().string(containsString("Datoen kan ikke være fram i tid.")));
		this.mvc
			.perform(log(Map.of("contact", "true", "date",
					LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(61).toString())))
			.andExpect(content().string(containsString("Et besøk kan føres høyst 60 dager tilbake i tid.")));
		this.mvc
			.perform(log(Map.of("contact", "true", "date",
					LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(60).toString())))
			.andExpect(redirectedUrl(visitsUrl()));
		this.mvc
			.perform(log(Map.of("contact", "true", "durationMinutes", "0", "note", "x".repeat(4001), "homeCondition",
					"NEEDS_ATTENTION", "kind", "TELEPORT")))
			.andExpect(content().string(containsString("Må være mellom 1 og 600.")))
			.andExpect(content().string(containsString("For langt: høyst 4000 tegn.")))
			.andExpect(content().string(containsString("Kryss av for hva som trenger oppfølging.")))
			.andExpect(content().string(containsString("id=\"kind-error\"")));
		this.mvc.perform(log(Map.of("contact", "true", "durationMinutes", "601")))
			.andExpect(content().string(containsString("Må være mellom 1 og 600.")));
		assertThat(rows()).hasSize(1);
	}

	@Test
	void aVisitBeforeInclusionIsRefused() throws Exception {
		long recent = this.participants.aParticipant()
			.includedOn(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(3))
			.by(this.kari);
		this.mvc
			.perform(post("/participants/" + recent + "/visits/new").with(csrf())
				.with(user(this.kari))
				.param("key", UUID.randomUUID().toString())
				.param("date",
						LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(5).toString())
				.param("kind", "HOME_VISIT")
				.param("contact", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Datoen kan ikke være før deltakeren ble inkludert.")));
	}

	@Test
	void aCorrectionKeepsTheHistory() throws Exception {
		long id = this.visits.log(this.kari, this.participant, UUID.randomUUID(),
				VisitDetails.withoutContact(
						LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(2),
						VisitKind.HOME_VISIT, NoContactReason.NOT_HOME, null));
		this.entityManager.flush();
		CurrentUser colleague = this.staff.caseworker(this.team);
		this.mvc
			.perform(post("/participants/" + this.participant + "/visits/" + id + "/edit").with(csrf())
				.with(user(colleague))
				.param("version", "0")
				.param("date",
						LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(1).toString())
				.param("kind", "PHONE")
				.param("contact", "true")
				.param("note", "Skrev feil dag"))
			.andExpect(redirectedUrl("/participants/" + this.participant + "/visits/" + id));
		CurrentUser leader = this.staff.sectionLeader(this.section);
		this.mvc.perform(get("/participants/" + this.participant + "/visits/" + id).with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rettelser")))
			.andExpect(content().string(containsString(colleague.fullName())))
			.andExpect(content().string(containsString("Hjemmebesøk")))
			.andExpect(content().string(containsString("Telefon")))
			.andExpect(
					content().string(containsString(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO)
						.minusDays(2)
						.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList("SELECT field FROM visit_correction WHERE visit_id = ? ORDER BY id",
				String.class, id))
			.containsExactly("date", "kind", "contact", "noContactReason", "note");
		// A second correction based on the old version is a conflict, not an overwrite.
		this.mvc
			.perform(post("/participants/" + this.participant + "/visits/" + id + "/edit").with(csrf())
				.with(user(this.kari))
				.param("version", "0")
				.param("date", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("kind", "HOME_VISIT")
				.param("contact", "false"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre har rettet dette besøket")));
		assertThat(rows()).containsExactly(
				LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(1) + " PHONE true");
	}

	@Test
	void anotherTeamsParticipantIsNotFoundOnEveryVisitRoute() throws Exception {
		long id = this.visits.log(this.kari, this.participant, UUID.randomUUID(), VisitDetails
			.minimal(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO), VisitKind.HOME_VISIT, true));
		CurrentUser outsider = this.staff.withRole(Role.CASEWORKER);
		String base = "/participants/" + this.participant + "/visits";
		for (String page : List.of(base, base + "/new", base + "/" + id, base + "/" + id + "/edit")) {
			this.mvc.perform(get(page).with(user(outsider))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post(base + "/new").with(csrf())
				.with(user(outsider))
				.param("key", UUID.randomUUID().toString())
				.param("date", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("kind", "HOME_VISIT")
				.param("contact", "true"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(base + "/" + id + "/edit").with(csrf())
				.with(user(outsider))
				.param("version", "0")
				.param("date", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("kind", "PHONE")
				.param("contact", "true"))
			.andExpect(status().isNotFound());
		// A visit id that belongs to another participant is not found under this one.
		long other = this.participants.aParticipant().by(this.kari);
		this.mvc.perform(get("/participants/" + other + "/visits/" + id).with(user(this.kari)))
			.andExpect(status().isNotFound());
		assertThat(rows()).hasSize(1);
	}

	@Test
	void sectionLeadersReadVisitsButDoNotLogThem() throws Exception {
		CurrentUser leader = this.staff.sectionLeader(this.section);
		this.mvc.perform(get("/participants/" + this.participant + "/visits").with(user(leader)))
			.andExpect(status().isOk());
		this.mvc.perform(log(Map.of("contact", "true")).with(user(leader))).andExpect(status().isForbidden());
		for (Role role : List.of(Role.NAV, Role.HOUSING_OFFICER, Role.ADMIN)) {
			this.mvc.perform(get("/participants/" + this.participant + "/visits").with(user(this.staff.withRole(role))))
				.andExpect(status().isForbidden());
		}
		assertThat(rows()).isEmpty();
	}

	@Test
	void theHistoryShowsWeeksWithoutVisitsAsGaps() throws Exception {
		LocalDate today = LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO);
		this.visits.log(this.kari, this.participant, UUID.randomUUID(),
				VisitDetails.minimal(today.minusWeeks(2), VisitKind.HOME_VISIT, true));
		this.visits.log(this.kari, this.participant, UUID.randomUUID(),
				new VisitDetails(today, VisitKind.HOME_VISIT, true, null, null, 30, HomeCondition.NEEDS_ATTENTION,
						java.util.Set.of(Concern.PESTS), java.util.Set.of(), false, null));
		this.mvc.perform(get("/participants/" + this.participant + "/visits").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen besøk")))
			.andExpect(content().string(containsString("Boligen trenger oppfølging denne uken.")))
			.andExpect(content().string(containsString("Skadedyr")))
			.andExpect(content().string(containsString("Uke " + IsoWeek.of(today).week() + " ")));
	}

	@Test
	void theHistoryOfAnExitedParticipantEndsWithTheExit() throws Exception {
		LocalDate today = LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO);
		LocalDate exit = today.minusDays(50);
		this.pathway.exit(this.kari, this.participant, exit, no.kommune.housingfirst.participant.ExitReason.MOVED_AWAY);
		String html = this.mvc.perform(get("/participants/" + this.participant + "/visits").with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		IsoWeek exitWeek = IsoWeek.of(exit);
		assertThat(html).contains("Uke " + exitWeek.week() + " " + exitWeek.year())
			.doesNotContain("Uke " + exitWeek.plus(1).week() + " " + exitWeek.plus(1).year() + " (");
	}

	@Test
	void readsOfVisitsAreAudited() throws Exception {
		this.mvc.perform(get("/participants/" + this.participant + "/visits").with(user(this.kari)));
		this.mvc.perform(log(Map.of("contact", "true")));
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_event WHERE participant_id = ? " + "AND record_type = 'VISIT' ORDER BY id",
				String.class, this.participant))
			.containsExactly("READ", "CREATE");
	}

	@Test
	void myWeekShowsTheNotYetVisitedFirst() throws Exception {
		long visited = this.participants.aParticipant()
			.named("Aaa Besøkt")
			.includedOn(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(60))
			.by(this.kari);
		this.visits.log(this.kari, visited, UUID.randomUUID(), VisitDetails
			.minimal(LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO), VisitKind.HOME_VISIT, true));
		String html = this.mvc.perform(get("/my-week").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Besøkt med kontakt")))
			.andExpect(content().string(containsString("Ikke besøkt ennå")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("Besøkt Person")).isLessThan(html.indexOf("Aaa Besøkt"));
		this.mvc.perform(get("/my-week").with(user(this.staff.caseworker(this.team))))
			.andExpect(content().string(not(containsString("Besøkt Person"))));
	}

	@Test
	void complianceAndTheMissedListFromTheDatabase() throws Exception {
		LocalDate today = LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO);
		IsoWeek lastWeek = IsoWeek.of(today).plus(-1);
		long unvisited = this.participants.aParticipant()
			.named("Ikke Truffet")
			.includedOn(today.minusDays(100))
			.by(this.kari);
		this.visits.log(this.kari, this.participant, UUID.randomUUID(),
				VisitDetails.minimal(lastWeek.monday(), VisitKind.HOME_VISIT, true));
		this.visits.log(this.kari, unvisited, UUID.randomUUID(),
				VisitDetails.withoutContact(lastWeek.sunday(), VisitKind.HOME_VISIT, NoContactReason.DECLINED, null));
		CurrentUser leader = this.staff.sectionLeader(this.section);
		VisitCompliance.Report report = this.compliance.report(leader);
		assertThat(report.weeks()).hasSize(12).last().isEqualTo(lastWeek);
		VisitCompliance.Line team = report.lines()
			.stream()
			.filter((line) -> line.caseworkerId() == null)
			.findFirst()
			.orElseThrow();
		// Last week: both active throughout, one visited with contact (the attempt does
		// not count).
		assertThat(team.cells().get(11)).isEqualTo(new FollowUpWeeks.Cell(2, 1));
		// The week before: both active, nobody visited.
		assertThat(team.cells().get(10)).isEqualTo(new FollowUpWeeks.Cell(2, 0));
		assertThat(report.missed()).extracting(VisitCompliance.Missed::fullName).containsExactly("Ikke Truffet");
		this.mvc.perform(get("/visits/compliance").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("50 % (1/2)")))
			.andExpect(content().string(containsString("Ikke Truffet")));
		this.mvc.perform(get("/visits/compliance").with(user(this.staff.sectionLeader(this.staff.section()))))
			.andExpect(content().string(not(containsString("Ikke Truffet"))));
	}

	/**
	 * Who has gone two weeks or more without contact, and the day of their latest
	 * contact: last week (not missed); three weeks ago (2 missed); 20 weeks ago, before
	 * the weeks the report reads (19 missed); never (every week since inclusion, 14 from
	 * 100 days back). The dates shown are the visits' own, not the start of their week.
	 */
	@Test
	void theMissedListKnowsTheLatestContactWhereverItWas(@Autowired VisitRollupRebuild rebuild) {
		LocalDate today = LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO);
		IsoWeek current = IsoWeek.of(today);
		long threeWeeks = this.participants.aParticipant()
			.named("Tre Uker")
			.includedOn(today.minusDays(200))
			.by(this.kari);
		long longAgo = this.participants.aParticipant()
			.named("Lenge Siden")
			.includedOn(today.minusDays(200))
			.by(this.kari);
		long never = this.participants.aParticipant()
			.named("Aldri Truffet")
			.includedOn(today.minusDays(100))
			.by(this.kari);
		this.visits.log(this.kari, this.participant, UUID.randomUUID(),
				VisitDetails.minimal(current.plus(-1).monday().plusDays(1), VisitKind.HOME_VISIT, true));
		this.visits.log(this.kari, threeWeeks, UUID.randomUUID(),
				VisitDetails.minimal(current.plus(-3).monday().plusDays(3), VisitKind.HOME_VISIT, true));
		this.visits.log(this.kari, longAgo, UUID.randomUUID(),
				VisitDetails.minimal(current.plus(-3).monday(), VisitKind.HOME_VISIT, true));
		this.entityManager.flush();
		// Moved back past what may be logged, as history is; the roll-ups rebuilt from
		// it.
		LocalDate twentyWeeks = current.plus(-20).monday().plusDays(4);
		this.jdbc.update("UPDATE visit SET visit_date = ? WHERE participant_id = ?", twentyWeeks, longAgo);
		rebuild.rebuild();
		VisitCompliance.Report report = this.compliance.report(this.staff.sectionLeader(this.section));
		assertThat(report.missed())
			.extracting(VisitCompliance.Missed::fullName, VisitCompliance.Missed::weeks,
					VisitCompliance.Missed::lastContact)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Lenge Siden", 19L, twentyWeeks),
					org.assertj.core.groups.Tuple.tuple("Aldri Truffet",
							FollowUpWeeks.weeksWithoutContact(today.minusDays(100), null, current, today), null),
					org.assertj.core.groups.Tuple.tuple("Tre Uker", 2L, current.plus(-3).monday().plusDays(3)));
		assertThat(report.missed().get(1).weeks()).isBetween(13L, 15L);
	}

	@Test
	void minUkeForAnotherWeekSuggestsADateThatCanBeLogged() throws Exception {
		LocalDate today = LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO);
		IsoWeek lastWeek = IsoWeek.of(today).plus(-1);
		this.mvc.perform(get("/my-week").param("week", lastWeek.toString()).with(user(this.kari)))
			.andExpect(content().string(containsString("from=my-week&amp;date=" + lastWeek.sunday())));
		this.mvc.perform(get("/my-week").param("week", IsoWeek.of(today).plus(1).toString()).with(user(this.kari)))
			.andExpect(content().string(containsString("Besøkt Person")))
			.andExpect(content().string(not(containsString("class=\"btn btn-primary btn-lg log-visit\""))));
		this.mvc.perform(get(visitsUrl() + "/new").param("date", lastWeek.sunday().toString()).with(user(this.kari)))
			.andExpect(content().string(containsString("value=\"" + lastWeek.sunday() + "\"")));
		this.mvc.perform(get(visitsUrl() + "/new").param("date", today.plusDays(3).toString()).with(user(this.kari)))
			.andExpect(content().string(containsString("value=\"" + today + "\"")));
	}

	private MockHttpServletRequestBuilder log(Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(visitsUrl() + "/new").with(csrf()).with(user(this.kari));
		Map<String, String> all = new java.util.LinkedHashMap<>();
		all.put("key", UUID.randomUUID().toString());
		all.put("date", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString());
		all.put("kind", "HOME_VISIT");
		all.putAll(fields);
		all.forEach(request::param);
		return request;
	}

	private String visitsUrl() {
		return "/participants/" + this.participant + "/visits";
	}

	private List<String> rows() {
		this.entityManager.flush();
		return this.jdbc.queryForList("SELECT visit_date || ' ' || kind || ' ' || contact FROM visit "
				+ "WHERE participant_id = ? ORDER BY id", String.class, this.participant);
	}

}
