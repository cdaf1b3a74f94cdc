package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.Dates;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * What waits, and where it shows: a participant without a plan, a plan past its review
 * date, and health care declined after the follow-up agreement with no "hva trengs nå?"
 * meeting since, on the participant page, Min uke, the home page and in the section
 * leader's counts; the meeting recorded once, and the notice gone.
 *
 * <p>
 * Kari's five: Arne has no plan; Berit's plan was due for review ten days ago; Cato
 * declined health care three days ago, after his agreement; Dina did too, and the meeting
 * is held; Even declined before his agreement was made.
 */
@IntegrationTest
class BoPlanNoticesTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	BoPlanService plans;

	@Autowired
	no.kommune.housingfirst.boplan.FollowUpAgreements agreements;

	@Autowired
	BoPlanMeasures measures;

	@Autowired
	VisitService visits;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	long section;

	long team;

	CurrentUser kari;

	long arne;

	long berit;

	long cato;

	long dina;

	long even;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.arne = participant("Arne Utenplan");
		this.berit = participant("Berit Forfalt");
		this.cato = participant("Cato Nei");
		this.dina = participant("Dina Møtt");
		this.even = participant("Even Før");
		this.plans.revise(this.kari, this.berit, 0, UUID.randomUUID(), plan(TODAY.minusDays(100), TODAY.minusDays(10)));
		for (long participant : new long[] { this.cato, this.dina, this.even }) {
			this.plans.revise(this.kari, participant, 0, UUID.randomUUID(),
					plan(TODAY.minusDays(30), TODAY.plusDays(60)));
		}
		agreement(this.cato, TODAY.minusDays(30));
		agreement(this.dina, TODAY.minusDays(30));
		agreement(this.even, TODAY.minusDays(2));
		for (long participant : new long[] { this.cato, this.dina, this.even }) {
			this.visits.log(this.kari, participant, UUID.randomUUID(), new VisitDetails(TODAY.minusDays(3),
					VisitKind.HOME_VISIT, true, null, null, 30, null, Set.of(), Set.of(), true, null));
		}
		this.agreements.recordNeedsMeeting(this.kari, this.dina, UUID.randomUUID(), new NeedsMeetingRecord(
				TODAY.minusDays(1), "Dina, booppfølger, boligtjenesten, NAV", "Hjelp til å handle"));
		this.entityManager.flush();
	}

	long participant(String name) {
		return this.participants.aParticipant().named(name).includedOn(TODAY.minusDays(120)).by(this.kari);
	}

	static PlanContent plan(LocalDate date, LocalDate review) {
		return new PlanContent(date, "Bo trygt", null, null, null, null, null, null, null, review, StepDown.WEEKLY,
				List.of());
	}

	void agreement(long participant, LocalDate on) {
		this.agreements.recordFollowUp(this.kari, participant, 0, UUID.randomUUID(),
				new FollowUpTerms(on, null, "Ringe søsteren", null, AgreementKind.AGREED_ORALLY, null));
	}

	@Test
	void theParticipantPageSaysWhatWaits() throws Exception {
		this.mvc.perform(get("/participants/" + this.arne).with(user(this.kari)))
			.andExpect(content().string(containsString("Ingen boplan ennå")));
		this.mvc.perform(get("/participants/" + this.berit).with(user(this.kari)))
			.andExpect(content()
				.string(containsString("Boplanen skulle vært gjennomgått " + Dates.DAY.format(TODAY.minusDays(10)))))
			.andExpect(content().string(not(containsString("Ingen boplan ennå"))));
		this.mvc.perform(get("/participants/" + this.cato).with(user(this.kari)))
			.andExpect(content().string(containsString("Takket nei til helsehjelp "
					+ Dates.DAY.format(TODAY.minusDays(3)) + ": «hva trengs nå?»-møte venter")));
		for (long quiet : new long[] { this.dina, this.even }) {
			this.mvc.perform(get("/participants/" + quiet).with(user(this.kari)))
				.andExpect(content().string(not(containsString("hva trengs nå?»-møte venter"))))
				.andExpect(content().string(not(containsString("Boplanen skulle vært"))))
				.andExpect(content().string(not(containsString("Ingen boplan ennå"))));
		}
	}

	@Test
	void minUkeNamesThemAndTheHomePageCountsThem() throws Exception {
		String week = this.mvc.perform(get("/my-week").with(user(this.kari)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(week).contains("Ingen boplan ennå", "Boplanen skulle vært gjennomgått",
				"«hva trengs nå?»-møte venter");
		assertThat(week.split("Ingen boplan ennå", -1)).hasSize(2);
		assertThat(week.split("-møte venter", -1)).hasSize(2);

		this.mvc.perform(get("/").with(user(this.kari)))
			.andExpect(content().string(containsString("Dette venter på deg")))
			.andExpect(content().string(containsString("Én av deltakerne dine har ingen boplan ennå.")))
			.andExpect(content().string(containsString("Én boplan har passert datoen for gjennomgang.")))
			.andExpect(content().string(containsString("Én deltaker takket nei til helsehjelp")));
		this.mvc.perform(get("/").with(user(this.staff.sectionLeader(this.section))))
			.andExpect(content().string(containsString("I seksjonen: én aktiv deltaker uten boplan.")));
		this.mvc.perform(get("/").with(user(this.staff.sectionLeader(this.staff.section()))))
			.andExpect(content().string(not(containsString("Dette venter på deg"))));
	}

	/**
	 * Plans not agreed to: Berit's and Cato's have no answer; Dina said yes; Even said
	 * no; Arne has no plan. Three.
	 */
	@Test
	void theSectionLeaderCountsPerTeam() {
		long otherTeam = this.staff.team(this.section);
		CurrentUser ola = this.staff.caseworker(otherTeam);
		this.participants.aParticipant().named("Frida Annet Team").includedOn(TODAY.minusDays(10)).by(ola);
		this.plans.answer(this.kari, this.dina, 1, UUID.randomUUID(),
				new Answer(TODAY.minusDays(20), AgreementKind.AGREED_ORALLY, null));
		this.plans.answer(this.kari, this.even, 1, UUID.randomUUID(),
				new Answer(TODAY.minusDays(20), AgreementKind.DECLINED, "Vil tenke på det"));
		this.entityManager.flush();
		CurrentUser leader = this.staff.sectionLeader(this.section);
		assertThat(this.measures.perTeam(leader)).containsExactly(new BoPlanMeasures.Counts(this.team, 5, 1, 1, 1, 3),
				new BoPlanMeasures.Counts(otherTeam, 1, 1, 0, 0, 0));
		assertThat(this.measures.perTeam(this.staff.sectionLeader(this.staff.section()))).isEmpty();
		assertThat(this.measures.ownCaseload(this.kari)).isEqualTo(new BoPlanMeasures.Counts(0, 5, 1, 1, 1, 3));
		assertThat(this.measures.ids(leader, Set.of(this.team), BoPlanMeasures.Need.NOT_AGREED))
			.containsExactlyInAnyOrder(this.berit, this.cato, this.even);
		// Dina agreed to version 1; a new version she has not answered counts again.
		this.plans.revise(this.kari, this.dina, 1, UUID.randomUUID(), plan(TODAY.minusDays(5), TODAY.plusDays(60)));
		this.entityManager.flush();
		assertThat(this.measures.ids(leader, Set.of(this.team), BoPlanMeasures.Need.NOT_AGREED))
			.containsExactlyInAnyOrder(this.berit, this.cato, this.dina, this.even);
	}

	@Test
	void aRenewedAgreementDoesNotClearTheMeetingADeclinedOneDoesNotCallForIt() throws Exception {
		this.agreements.recordFollowUp(this.kari, this.cato, 1, UUID.randomUUID(),
				new FollowUpTerms(TODAY, null, "Ringe broren", null, AgreementKind.SIGNED_ON_PAPER, null));
		this.mvc.perform(get("/participants/" + this.cato).with(user(this.kari)))
			.andExpect(content().string(containsString("«hva trengs nå?»-møte venter")));
		long frida = participant("Frida Takket Nei");
		this.agreements.recordFollowUp(this.kari, frida, 0, UUID.randomUUID(),
				new FollowUpTerms(TODAY.minusDays(20), null, "Ringe", null, AgreementKind.DECLINED, null));
		this.visits.log(this.kari, frida, UUID.randomUUID(), new VisitDetails(TODAY.minusDays(3), VisitKind.HOME_VISIT,
				true, null, null, 30, null, Set.of(), Set.of(), true, null));
		this.mvc.perform(get("/participants/" + frida).with(user(this.kari)))
			.andExpect(content().string(not(containsString("-møte venter"))));
	}

	@Test
	void theMeetingIsRecordedOnceAndTheNoticeGoes() throws Exception {
		String url = "/participants/" + this.cato + "/bo-plan";
		this.mvc.perform(get(url).with(user(this.kari)))
			.andExpect(content().string(containsString("Oppfølgingsavtalen sier at et nytt møte")));
		this.mvc
			.perform(post(url + "/needs-meetings/new").with(csrf())
				.with(user(this.kari))
				.param("key", UUID.randomUUID().toString())
				.param("heldOn", TODAY.plusDays(1).toString())
				.param("attendees", "Cato og NAV")
				.param("outcome", "Mat"))
			.andExpect(content().string(containsString("id=\"heldOn-error\"")));
		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post(url + "/needs-meetings/new").with(csrf())
					.with(user(this.kari))
					.param("key", key)
					.param("heldOn", TODAY.toString())
					.param("attendees", "Cato, booppfølger, boligtjenesten og NAV")
					.param("outcome", "Trenger følge til legen"))
				.andExpect(redirectedUrl(url));
		}
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_needs_meeting WHERE participant_id = ?",
				Integer.class, this.cato))
			.isEqualTo(1);
		this.mvc.perform(get(url).with(user(this.kari)))
			.andExpect(content().string(not(containsString("Oppfølgingsavtalen sier at et nytt møte"))))
			.andExpect(content().string(containsString("Trenger følge til legen")));
		this.mvc.perform(get("/participants/" + this.cato).with(user(this.kari)))
			.andExpect(content().string(not(containsString("-møte venter"))));
		// The form, shown again with its error, and the meeting.
		assertThat(this.jdbc.queryForList(
				"SELECT action || ' ' || outcome FROM audit_event "
						+ "WHERE participant_id = ? AND record_type = 'NEEDS_MEETING' ORDER BY id",
				String.class, this.cato))
			.containsExactly("READ ALLOWED", "CREATE ALLOWED");
	}

}
