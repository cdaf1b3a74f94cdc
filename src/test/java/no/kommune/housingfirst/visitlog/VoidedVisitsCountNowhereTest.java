package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * A voided visit counts nowhere: compliance, the missed list, Min uke and the history,
 * against a fixture worked out by hand.
 *
 * <p>
 * Two participants of Kari's, both included 100 days ago. Weeks are counted back from
 * this week (W): Anna had contact in W-3 (counts), contact in W-1 (voided: logged on her
 * by mistake) and today an attempt (voided too). Bjørn had contact in W-1.
 * <ul>
 * <li>Compliance, team line: W-1 2 active, 1 visited (Bjørn; Anna's voided visit does not
 * count, 50 %); W-2 2 active, none; W-3 2 active, 1 (Anna).</li>
 * <li>Missed list: Anna, 2 weeks without contact (W-2 and W-1), last contact Monday of
 * W-3. Without the void she would have had contact last week and not be on it.</li>
 * <li>Min uke this week: Anna not yet visited (the voided attempt is not an attempt),
 * last contact Monday of W-3, 2 weeks without contact; Bjørn not yet visited, 0
 * weeks.</li>
 * <li>Min uke for W-1: Anna not yet visited, Bjørn visited.</li>
 * </ul>
 */
@IntegrationTest
class VoidedVisitsCountNowhereTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final IsoWeek W = IsoWeek.of(TODAY);

	@Autowired
	VisitService visits;

	@Autowired
	VisitCompliance compliance;

	@Autowired
	MyWeek myWeek;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	EntityManager entityManager;

	@Autowired
	MockMvc mvc;

	long section;

	CurrentUser kari;

	long anna;

	long bjorn;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.kari = this.staff.caseworker(this.staff.team(this.section));
		this.anna = this.participants.aParticipant()
			.named("Anna Annullert")
			.includedOn(TODAY.minusDays(100))
			.by(this.kari);
		this.bjorn = this.participants.aParticipant()
			.named("Bjørn Besøkt")
			.includedOn(TODAY.minusDays(100))
			.by(this.kari);
		log(this.anna, VisitDetails.minimal(W.plus(-3).monday(), VisitKind.HOME_VISIT, true));
		long mistaken = log(this.anna, VisitDetails.minimal(W.plus(-1).monday(), VisitKind.HOME_VISIT, true));
		this.visits.voidVisit(this.kari, this.anna, mistaken, 0, VoidReason.WRONG_PARTICIPANT, "Var hos Bjørn");
		long attempt = log(this.anna,
				VisitDetails.withoutContact(TODAY, VisitKind.HOME_VISIT, NoContactReason.NOT_HOME, null));
		this.visits.voidVisit(this.kari, this.anna, attempt, 0, VoidReason.DUPLICATE, null);
		log(this.bjorn, VisitDetails.minimal(W.plus(-1).sunday(), VisitKind.PHONE, true));
		this.entityManager.flush();
	}

	@Test
	void complianceCountsTheVoidedWeekAsMissed() throws Exception {
		CurrentUser leader = this.staff.sectionLeader(this.section);
		VisitCompliance.Report report = this.compliance.report(leader);
		List<FollowUpWeeks.Cell> team = report.lines()
			.stream()
			.filter((line) -> line.caseworkerId() == null)
			.findFirst()
			.orElseThrow()
			.cells();
		assertThat(report.weeks().get(11)).isEqualTo(W.plus(-1));
		assertThat(team.get(11)).isEqualTo(new FollowUpWeeks.Cell(2, 1));
		assertThat(team.get(10)).isEqualTo(new FollowUpWeeks.Cell(2, 0));
		assertThat(team.get(9)).isEqualTo(new FollowUpWeeks.Cell(2, 1));
		assertThat(report.missed()).containsExactly(new VisitCompliance.Missed(this.anna, "Anna Annullert",
				report.lines().get(0).teamName(), this.kari.fullName(), 2, W.plus(-3).monday(), 1));
		this.mvc.perform(get("/visits/compliance").with(user(leader)))
			.andExpect(content().string(containsString("50 % (1/2)")))
			.andExpect(content().string(containsString("Anna Annullert")));
	}

	@Test
	void minUkeCountsNeitherTheVoidedVisitNorTheVoidedAttempt() {
		assertThat(this.myWeek.rows(this.kari, W)).containsExactly(
				new MyWeek.Row(this.anna, "Anna Annullert",
						no.kommune.housingfirst.participant.ParticipantStatus.INCLUDED, MyWeek.State.NOT_YET,
						W.plus(-3).monday(), 2, false, 1),
				new MyWeek.Row(this.bjorn, "Bjørn Besøkt",
						no.kommune.housingfirst.participant.ParticipantStatus.INCLUDED, MyWeek.State.NOT_YET,
						W.plus(-1).sunday(), 0, false, 1));
		assertThat(this.myWeek.rows(this.kari, W.plus(-1))).extracting(MyWeek.Row::fullName, MyWeek.Row::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Annullert", MyWeek.State.NOT_YET),
					org.assertj.core.groups.Tuple.tuple("Bjørn Besøkt", MyWeek.State.VISITED));
	}

	@Test
	void theHistoryListsVoidedVisitsButTheirWeeksAreGaps() {
		List<WeekOfVisits> weeks = this.visits.history(this.kari, this.visits.header(this.kari, this.anna), 0);
		WeekOfVisits thisWeek = weeks.get(0);
		WeekOfVisits lastWeek = weeks.get(1);
		assertThat(thisWeek.week()).isEqualTo(W);
		assertThat(thisWeek.visits()).hasSize(1).allMatch(WeekOfVisits.VisitSummary::voided);
		assertThat(thisWeek.gap()).isTrue();
		assertThat(lastWeek.visits()).hasSize(1);
		assertThat(lastWeek.gap()).isTrue();
		assertThat(lastWeek.visitedWithContact()).isFalse();
		assertThat(weeks.get(3).visitedWithContact()).isTrue();
		assertThat(weeks.get(3).visits()).noneMatch(WeekOfVisits.VisitSummary::voided);
	}

	private long log(long participant, VisitDetails details) {
		return this.visits.log(this.kari, participant, UUID.randomUUID(), details);
	}

}
