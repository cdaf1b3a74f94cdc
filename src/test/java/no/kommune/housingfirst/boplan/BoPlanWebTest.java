package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import no.kommune.housingfirst.shared.TimeConfiguration;
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
 * The bo-plan through its pages: writing and revising it as versions that are never
 * overwritten, the comparison, the participant's answer, the rules and their messages,
 * exactly-once saves, and who may reach which page, with the audit rows each writes.
 */
@IntegrationTest
class BoPlanWebTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	long section;

	long team;

	CurrentUser kari;

	long ola;

	final UUID home = UUID.randomUUID();

	final UUID money = UUID.randomUUID();

	final UUID friends = UUID.randomUUID();

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.ola = this.participants.aParticipant().named("Ola Plan").includedOn(TODAY.minusDays(60)).by(this.kari);
	}

	String url(String tail) {
		return "/participants/" + this.ola + "/bo-plan" + tail;
	}

	/** The first version: three goals in three areas. */
	MockHttpServletRequestBuilder firstPlan(UUID key, String... overrides) {
		java.util.Map<String, String[]> form = new java.util.LinkedHashMap<>();
		form.put("planDate", new String[] { TODAY.minusDays(10).toString() });
		form.put("lastingHome", new String[] { "Ha fred for naboene og betale husleia selv." });
		form.put("resources", new String[] { "Flink med hender" });
		form.put("reviewOn", new String[] { TODAY.plusMonths(3).toString() });
		form.put("cadence", new String[] { "WEEKLY" });
		form.put("goals[0].key", new String[] { this.home.toString() });
		form.put("goals[0].area", new String[] { "HOUSING" });
		form.put("goals[0].wording", new String[] { "Holde leiligheten ryddig" });
		form.put("goals[0].responsible", new String[] { "PARTICIPANT", "CASEWORKER" });
		form.put("goals[0].status", new String[] { "IN_PROGRESS" });
		form.put("goals[1].key", new String[] { this.money.toString() });
		form.put("goals[1].area", new String[] { "FINANCES" });
		form.put("goals[1].wording", new String[] { "Husleietrekk fra NAV" });
		form.put("goals[1].responsible", new String[] { "NAV" });
		form.put("goals[1].status", new String[] { "NOT_STARTED" });
		form.put("goals[2].key", new String[] { this.friends.toString() });
		form.put("goals[2].area", new String[] { "NETWORK" });
		form.put("goals[2].wording", new String[] { "Treffe søsteren min" });
		form.put("goals[2].responsible", new String[] { "OTHER" });
		form.put("goals[2].otherName", new String[] { "Søsteren Liv" });
		form.put("goals[2].status", new String[] { "NOT_STARTED" });
		return submit(key, "0", form, overrides);
	}

	/**
	 * The second version from the first: the housing goal reworded, the money goal
	 * reached, the network goal removed, a work goal added, the resources rewritten.
	 */
	MockHttpServletRequestBuilder revision(UUID key, String baseVersion, String... overrides) {
		java.util.Map<String, String[]> form = new java.util.LinkedHashMap<>();
		form.put("planDate", new String[] { TODAY.toString() });
		form.put("lastingHome", new String[] { "Ha fred for naboene og betale husleia selv." });
		form.put("resources", new String[] { "Flink med hender, god til å lage mat" });
		form.put("reviewOn", new String[] { TODAY.plusMonths(3).toString() });
		form.put("cadence", new String[] { "WEEKLY" });
		form.put("goals[0].key", new String[] { this.home.toString() });
		form.put("goals[0].area", new String[] { "HOUSING" });
		form.put("goals[0].wording", new String[] { "Holde leiligheten ryddig nok til å ha besøk" });
		form.put("goals[0].responsible", new String[] { "PARTICIPANT", "CASEWORKER" });
		form.put("goals[0].status", new String[] { "IN_PROGRESS" });
		form.put("goals[1].key", new String[] { this.money.toString() });
		form.put("goals[1].area", new String[] { "FINANCES" });
		form.put("goals[1].wording", new String[] { "Husleietrekk fra NAV" });
		form.put("goals[1].responsible", new String[] { "NAV" });
		form.put("goals[1].status", new String[] { "REACHED" });
		form.put("goals[2].key", new String[] { UUID.randomUUID().toString() });
		form.put("goals[2].area", new String[] { "WORK_ACTIVITY" });
		form.put("goals[2].wording", new String[] { "Prøve arbeidstrening på verkstedet" });
		form.put("goals[2].responsible", new String[] { "PARTICIPANT" });
		form.put("goals[2].status", new String[] { "NOT_STARTED" });
		return submit(key, baseVersion, form, overrides);
	}

	/**
	 * The plan form posted with its fields, each override a name and a value ("" leaves
	 * the field out).
	 */
	MockHttpServletRequestBuilder submit(UUID key, String baseVersion, java.util.Map<String, String[]> form,
			String... overrides) {
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i + 1].isEmpty()) {
				form.remove(overrides[i]);
			}
			else {
				form.put(overrides[i], new String[] { overrides[i + 1] });
			}
		}
		MockHttpServletRequestBuilder request = post(url("/revise")).with(csrf())
			.with(user(this.kari))
			.param("key", key.toString())
			.param("baseVersion", baseVersion);
		form.forEach(request::param);
		return request;
	}

	int versions() {
		return this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_version WHERE participant_id = ?", Integer.class,
				this.ola);
	}

	List<String> auditRows(String recordType) {
		return this.jdbc.queryForList(
				"SELECT action || ' ' || outcome FROM audit_event "
						+ "WHERE participant_id = ? AND record_type = ? ORDER BY id",
				String.class, this.ola, recordType);
	}

	@Test
	void aRevisionIsANewVersionTheOldOneReadsUnchangedAndTheComparisonNamesWhatChanged() throws Exception {
		this.mvc.perform(get(url("")).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ingen boplan ennå")));
		this.mvc.perform(get(url("/revise")).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"goals[0].wording\"")))
			.andExpect(content().string(containsString("htmx.min.js")));
		this.mvc.perform(firstPlan(UUID.randomUUID())).andExpect(redirectedUrl(url("")));
		this.entityManager.flush();
		this.entityManager.clear();
		this.mvc.perform(get(url("/revise")).with(user(this.kari)))
			.andExpect(content().string(containsString("name=\"baseVersion\" value=\"1\"")))
			// A revision is dated today and reviewed again after the usual three months.
			.andExpect(content().string(containsString("value=\"" + TODAY + "\"")))
			.andExpect(content().string(containsString("value=\"" + TODAY.plusMonths(3) + "\"")))
			.andExpect(content().string(containsString("Treffe søsteren min")));
		this.mvc.perform(revision(UUID.randomUUID(), "1")).andExpect(redirectedUrl(url("")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(versions()).isEqualTo(2);

		this.mvc.perform(get(url("")).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Versjon 2")))
			.andExpect(content().string(containsString("Prøve arbeidstrening på verkstedet")))
			.andExpect(content().string(not(containsString("Treffe søsteren min"))));
		this.mvc.perform(get(url("/versions/1")).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Treffe søsteren min")))
			.andExpect(content().string(containsString("Søsteren Liv")))
			.andExpect(content().string(containsString("Holde leiligheten ryddig<")))
			.andExpect(content().string(containsString("Dette er en tidligere versjon")));

		String comparison = this.mvc
			.perform(get(url("/compare")).param("from", "1").param("to", "2").with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String changes = comparison.substring(comparison.indexOf("id=\"changes-heading\""),
				comparison.indexOf("id=\"from-heading\""));
		assertThat(changes).contains("Endret: Planens dato")
			.contains("Endret: Ressurser og styrker")
			.contains("Nytt mål")
			.contains("Prøve arbeidstrening på verkstedet (Arbeid og aktivitet)")
			.contains("Fjernet mål")
			.contains("Treffe søsteren min (Nettverk)")
			.contains("Omformulert fra «Holde leiligheten ryddig» til «Holde leiligheten ryddig nok til å ha besøk»")
			.contains("Status endret fra Ikke startet til Nådd")
			.doesNotContain("Endret: Hva skal til")
			.doesNotContain("Endret: Dato for gjennomgang");
		// Two fields, four goals, and under the changed goals one line each.
		assertThat(changes.split("<li", -1)).hasSize(1 + 2 + 4 + 2);
		assertThat(auditRows("BO_PLAN")).contains("CREATE ALLOWED", "READ ALLOWED");
	}

	@Test
	void theComparisonMatchesGoalsByKey() {
		PlanGoal home = new PlanGoal(this.home, LifeArea.HOUSING, "Ryddig", null,
				java.util.Set.of(Responsible.PARTICIPANT), null, null, GoalStatus.IN_PROGRESS, null);
		PlanContent before = new PlanContent(TODAY, "Fred", null, null, null, null, null, null, null,
				TODAY.plusMonths(3), StepDown.WEEKLY, List.of(home));
		PlanGoal moved = new PlanGoal(this.home, LifeArea.HOUSING, "Ryddig", "Rydde hver lørdag",
				java.util.Set.of(Responsible.PARTICIPANT, Responsible.CASEWORKER), null, TODAY.plusMonths(1),
				GoalStatus.IN_PROGRESS, null);
		PlanContent after = new PlanContent(TODAY, "Fred", null, null, null, null, null, null, null,
				TODAY.plusMonths(3), new StepDown(Cadence.FORTNIGHTLY, TODAY, "Stabil", null), List.of(moved));
		PlanComparison comparison = PlanComparison.between(before, after);
		assertThat(comparison.changedFields()).containsExactly("stepDown");
		assertThat(comparison.goals()).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(PlanComparison.Kind.CHANGED);
			assertThat(change.reworded()).isFalse();
			assertThat(change.statusChanged()).isFalse();
			assertThat(change.details()).containsExactly("steps", "responsible", "targetDate");
		});
		assertThat(PlanComparison.between(before, before).unchanged()).isTrue();
	}

	@Test
	void aDoubleSubmitMakesOneVersion() throws Exception {
		UUID key = UUID.randomUUID();
		this.mvc.perform(firstPlan(key)).andExpect(redirectedUrl(url("")));
		this.mvc.perform(firstPlan(key)).andExpect(redirectedUrl(url("")));
		assertThat(versions()).isEqualTo(1);
	}

	@Test
	void aFormFromAnOlderVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(firstPlan(UUID.randomUUID())).andExpect(redirectedUrl(url("")));
		this.mvc.perform(revision(UUID.randomUUID(), "1")).andExpect(redirectedUrl(url("")));
		// A second editor who opened the form on version 1.
		this.mvc.perform(revision(UUID.randomUUID(), "1", "resources", "Min egen tekst som ikke skal forsvinne"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre har lagret en nyere versjon")))
			.andExpect(content().string(containsString("Min egen tekst som ikke skal forsvinne")))
			.andExpect(content().string(containsString("name=\"baseVersion\" value=\"2\"")));
		assertThat(versions()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndSavesNothing() throws Exception {
		this.mvc.perform(firstPlan(UUID.randomUUID(), "reviewOn", TODAY.minusDays(11).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reviewOn-error\"")))
			.andExpect(content().string(containsString("Datoen for gjennomgang kan ikke være før planens dato.")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "lastingHome", "Fred\u0000og ro"))
			.andExpect(content().string(containsString("id=\"lastingHome-error\"")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "goals[1].wording", "x".repeat(1001)))
			.andExpect(content().string(containsString("id=\"goals-1-wording-error\"")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "goals[2].otherName", ""))
			.andExpect(content().string(containsString("id=\"goals-2-otherName-error\"")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "goals[0].responsible", ""))
			.andExpect(content().string(containsString("Velg minst én som gjør noe for målet.")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "cadence", "FORTNIGHTLY"))
			.andExpect(content().string(containsString("id=\"cadenceFrom-error\"")))
			.andExpect(content().string(containsString("id=\"stepDownCriteria-error\"")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "goals[1].key", this.home.toString()))
			.andExpect(content().string(containsString("Samme mål står to ganger.")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "planDate", TODAY.minusDays(61).toString()))
			.andExpect(content().string(containsString("Datoen kan ikke være før deltakeren ble inkludert.")));
		assertThat(versions()).isZero();
	}

	@Test
	void scriptInThePlanIsShownAsText() throws Exception {
		this.mvc.perform(firstPlan(UUID.randomUUID(), "lastingHome", "<script>alert(1)</script>"))
			.andExpect(redirectedUrl(url("")));
		this.mvc.perform(get(url("")).with(user(this.kari)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		this.mvc.perform(get(url("/versions/1/print")).with(user(this.kari)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void goalButtonsWithoutJavaScriptAddAndRemoveRowsAndSaveNothing() throws Exception {
		this.mvc.perform(firstPlan(UUID.randomUUID(), "goalAction", "add"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"goals[3].wording\"")))
			.andExpect(content().string(containsString("<html")));
		this.mvc.perform(firstPlan(UUID.randomUUID(), "goalAction", "remove-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Husleietrekk fra NAV"))))
			.andExpect(content().string(containsString("Treffe søsteren min")))
			.andExpect(content().string(not(containsString("name=\"goals[2].wording\""))));
		// With htmx: the goals fragment only.
		this.mvc
			.perform(post(url("/revise/goals")).with(csrf())
				.with(user(this.kari))
				.param("goals[0].key", this.home.toString())
				.param("goals[0].wording", "Holde leiligheten ryddig")
				.param("goalAction", "add"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"goals\"")))
			.andExpect(content().string(containsString("name=\"goals[1].wording\"")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(versions()).isZero();
	}

	@Test
	void theAnswerIsRecordedAndALaterAnswerHolds() throws Exception {
		this.mvc.perform(firstPlan(UUID.randomUUID())).andExpect(redirectedUrl(url("")));
		this.mvc.perform(get(url("/versions/1/answer")).with(user(this.kari))).andExpect(status().isOk());
		this.mvc
			.perform(post(url("/versions/1/answer")).with(csrf())
				.with(user(this.kari))
				.param("on", TODAY.minusDays(11).toString())
				.param("kind", "DECLINED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Svaret kan ikke være før planens dato.")));
		this.mvc
			.perform(post(url("/versions/1/answer")).with(csrf())
				.with(user(this.kari))
				.param("on", TODAY.minusDays(5).toString())
				.param("kind", "DECLINED")
				.param("comment", "Vil tenke på det"))
			.andExpect(redirectedUrl(url("")));
		this.mvc.perform(get(url("")).with(user(this.kari)))
			.andExpect(content().string(containsString("Deltakeren ønsket ikke å avtale")));
		this.mvc
			.perform(post(url("/versions/1/answer")).with(csrf())
				.with(user(this.kari))
				.param("on", TODAY.toString())
				.param("kind", "SIGNED_ON_PAPER"))
			.andExpect(redirectedUrl(url("")));
		this.mvc.perform(get(url("")).with(user(this.kari)))
			.andExpect(content().string(containsString("Avtalt med deltakeren")));
		this.mvc.perform(get(url("/versions/1")).with(user(this.kari)))
			.andExpect(content().string(containsString("Signert på papir")))
			.andExpect(content().string(containsString("Vil tenke på det")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_agreement", Integer.class)).isEqualTo(2);
		// The same answer sent twice is recorded once.
		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post(url("/versions/1/answer")).with(csrf())
					.with(user(this.kari))
					.param("key", key)
					.param("on", TODAY.toString())
					.param("kind", "AGREED_ORALLY"))
				.andExpect(redirectedUrl(url("")));
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_agreement", Integer.class)).isEqualTo(3);
		this.mvc.perform(get(url("/versions/7/answer")).with(user(this.kari))).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheTeamReachesThePlanAndOnlyItsCaseworkersWriteIt() throws Exception {
		this.mvc.perform(firstPlan(UUID.randomUUID())).andExpect(redirectedUrl(url("")));
		String[] reads = { "", "/versions/1", "/versions/1/print", "/compare?from=1&to=1" };
		String[] writes = { "/revise", "/versions/1/answer", "/follow-up-agreement", "/needs-meetings/new" };
		CurrentUser leader = this.staff.sectionLeader(this.section);
		CurrentUser otherTeam = this.staff.caseworker(this.staff.team(this.section));
		CurrentUser otherLeader = this.staff.sectionLeader(this.staff.section());
		for (String page : reads) {
			this.mvc.perform(get(url(page)).with(user(this.kari))).andExpect(status().isOk());
			this.mvc.perform(get(url(page)).with(user(leader))).andExpect(status().isOk());
			this.mvc.perform(get(url(page)).with(user(otherTeam))).andExpect(status().isNotFound());
			this.mvc.perform(get(url(page)).with(user(otherLeader))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get(url("")).with(user(leader)))
			.andExpect(content().string(not(containsString("/bo-plan/revise"))));
		for (String page : writes) {
			this.mvc.perform(get(url(page)).with(user(this.kari))).andExpect(status().isOk());
			this.mvc.perform(get(url(page)).with(user(leader))).andExpect(status().isForbidden());
			this.mvc.perform(get(url(page)).with(user(otherTeam))).andExpect(status().isNotFound());
			this.mvc.perform(post(url(page)).with(csrf()).with(user(leader))).andExpect(status().isForbidden());
			this.mvc.perform(post(url(page)).with(csrf()).with(user(otherTeam))).andExpect(status().isNotFound());
		}
		this.mvc.perform(post(url("/revise/goals")).with(csrf()).with(user(otherTeam)).param("goalAction", "add"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url("/revise/goals")).with(csrf()).with(user(leader)).param("goalAction", "add"))
			.andExpect(status().isForbidden());
		for (Role role : new Role[] { Role.NAV, Role.HOUSING_OFFICER, Role.ADMIN }) {
			CurrentUser outsider = this.staff.withRole(role);
			for (String page : reads) {
				this.mvc.perform(get(url(page)).with(user(outsider))).andExpect(status().isForbidden());
			}
			for (String page : writes) {
				this.mvc.perform(post(url(page)).with(csrf()).with(user(outsider))).andExpect(status().isForbidden());
			}
			this.mvc.perform(post(url("/revise/goals")).with(csrf()).with(user(outsider)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get(url("/versions/2")).with(user(this.kari))).andExpect(status().isNotFound());
		this.mvc.perform(get(url("/compare?from=x&to=1")).with(user(this.kari))).andExpect(status().isNotFound());
		this.mvc.perform(get(url("/nothing")).with(user(this.kari))).andExpect(status().isNotFound());
		// Every refusal of the other team's caseworker is in the participant's access
		// log.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE participant_id = ? AND outcome = 'DENIED' AND actor_id = ?",
				Integer.class, this.ola, otherTeam.id()))
			.isEqualTo(reads.length + 2 * writes.length + 1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE participant_id = ? AND record_type = 'BO_PLAN' "
						+ "AND action = 'READ' AND outcome = 'ALLOWED' AND actor_id = ?",
				Integer.class, this.ola, leader.id()))
			.isEqualTo(reads.length + 1);
	}

}
