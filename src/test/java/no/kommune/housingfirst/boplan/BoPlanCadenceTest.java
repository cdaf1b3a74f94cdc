package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.CadencePeriod;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.MyWeek;
import no.kommune.housingfirst.visitlog.VisitCadences;
import no.kommune.housingfirst.visitlog.VisitCompliance;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cadence agreed in a bo-plan reaches the visit log: only a version the participant
 * agreed to steps down, a later agreed version replaces it from its own date, and Min uke
 * and the compliance report count the off week as followed up.
 */
@IntegrationTest
class BoPlanCadenceTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final IsoWeek W = IsoWeek.of(TODAY);

	@Autowired
	BoPlanService plans;

	@Autowired
	VisitCadences cadences;

	@Autowired
	VisitService visits;

	@Autowired
	MyWeek myWeek;

	@Autowired
	VisitCompliance compliance;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	long section;

	CurrentUser kari;

	long agreed;

	long declined;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.kari = this.staff.caseworker(this.staff.team(this.section));
		this.agreed = this.participants.aParticipant()
			.named("Agnes Avtalt")
			.includedOn(TODAY.minusDays(100))
			.by(this.kari);
		this.declined = this.participants.aParticipant()
			.named("Dag Nei")
			.includedOn(TODAY.minusDays(100))
			.by(this.kari);
		for (long participant : new long[] { this.agreed, this.declined }) {
			this.visits.log(this.kari, participant, UUID.randomUUID(),
					VisitDetails.minimal(W.plus(-1).monday(), VisitKind.HOME_VISIT, true));
			this.visits.log(this.kari, participant, UUID.randomUUID(),
					VisitDetails.minimal(W.plus(-4).monday(), VisitKind.HOME_VISIT, true));
		}
	}

	PlanContent plan(LocalDate date, StepDown stepDown) {
		return new PlanContent(date, "Bo i fred", null, null, null, null, null, null, null, date.plusMonths(3),
				stepDown, List.of());
	}

	@Test
	void anAgreedFortnightlyStepDownMakesTheOffWeekFollowedUp() {
		LocalDate from = W.plus(-3).monday();
		StepDown fortnightly = new StepDown(Cadence.FORTNIGHTLY, from, "Stabil i tre måneder", null);
		for (long participant : new long[] { this.agreed, this.declined }) {
			this.plans.revise(this.kari, participant, 0, UUID.randomUUID(), plan(from.minusDays(2), fortnightly));
		}
		this.plans.answer(this.kari, this.agreed, 1, UUID.randomUUID(),
				new Answer(from.minusDays(1), AgreementKind.AGREED_ORALLY, null));
		this.plans.answer(this.kari, this.declined, 1, UUID.randomUUID(),
				new Answer(from.minusDays(1), AgreementKind.DECLINED, null));

		assertThat(this.cadences.forParticipants(List.of(this.agreed, this.declined)))
			.isEqualTo(Map.of(this.agreed, List.of(new CadencePeriod(from, 2))));
		assertThat(this.cadences.forTeams(this.kari.teamIds())).containsOnlyKeys(this.agreed);

		// This week is the off week after last week's visit for Agnes, not for Dag.
		assertThat(this.myWeek.rows(this.kari, W))
			.extracting(MyWeek.Row::fullName, MyWeek.Row::state, MyWeek.Row::cadenceWeeks)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dag Nei", MyWeek.State.NOT_YET, 1),
					org.assertj.core.groups.Tuple.tuple("Agnes Avtalt", MyWeek.State.NOT_DUE, 2));

		// Weeks W-3 and W-2 had no visit: for Agnes W-3 is the off week after W-4.
		VisitCompliance.Report report = this.compliance.report(this.staff.sectionLeader(this.section));
		List<Integer> team = report.lines()
			.stream()
			.filter((line) -> line.caseworkerId() == null)
			.findFirst()
			.orElseThrow()
			.cells()
			.stream()
			.map((cell) -> cell.visited())
			.toList();
		int w3 = report.weeks().indexOf(W.plus(-3));
		assertThat(team.subList(w3, w3 + 3)).containsExactly(1, 0, 2);
		assertThat(report.missed()).isEmpty();
	}

	@Test
	void aLaterAgreedVersionStepsBackToWeeklyFromItsDate() {
		LocalDate from = W.plus(-3).monday();
		this.plans.revise(this.kari, this.agreed, 0, UUID.randomUUID(),
				plan(from, new StepDown(Cadence.MONTHLY, from, "Stabil", from.plusWeeks(8))));
		this.plans.answer(this.kari, this.agreed, 1, UUID.randomUUID(),
				new Answer(from, AgreementKind.SIGNED_ON_PAPER, null));
		LocalDate back = W.plus(-1).monday();
		this.plans.revise(this.kari, this.agreed, 1, UUID.randomUUID(), plan(back, StepDown.WEEKLY));
		// Back to weekly holds from its date whatever the answer: the weekly visit is
		// not the participant's to decline.
		assertThat(this.cadences.forParticipants(List.of(this.agreed)).get(this.agreed))
			.containsExactly(new CadencePeriod(from, 4), new CadencePeriod(back, 1));
		this.plans.answer(this.kari, this.agreed, 2, UUID.randomUUID(),
				new Answer(back, AgreementKind.DECLINED, "Vil ha færre besøk"));
		assertThat(this.cadences.forParticipants(List.of(this.agreed)).get(this.agreed))
			.containsExactly(new CadencePeriod(from, 4), new CadencePeriod(back, 1));
		assertThat(this.myWeek.rows(this.kari, W)).filteredOn((row) -> row.participantId() == this.agreed)
			.extracting(MyWeek.Row::state)
			.containsExactly(MyWeek.State.NOT_YET);
	}

	@Test
	void aStepDownAgreedLaterCountsFromTheDayItWasAgreed() {
		// Written three weeks ago as stepping down from then, agreed only today: the
		// weeks already past stay weekly.
		LocalDate from = W.plus(-3).monday();
		this.plans.revise(this.kari, this.agreed, 0, UUID.randomUUID(),
				plan(from, new StepDown(Cadence.FORTNIGHTLY, from, "Stabil", null)));
		this.plans.answer(this.kari, this.agreed, 1, UUID.randomUUID(),
				new Answer(TODAY, AgreementKind.SIGNED_ON_PAPER, null));
		assertThat(this.cadences.forParticipants(List.of(this.agreed)).get(this.agreed))
			.containsExactly(new CadencePeriod(TODAY, 2));
		VisitCompliance.Report report = this.compliance.report(this.staff.sectionLeader(this.section));
		int w3 = report.weeks().indexOf(W.plus(-3));
		assertThat(report.lines()
			.stream()
			.filter((line) -> line.caseworkerId() == null)
			.findFirst()
			.orElseThrow()
			.cells()
			.get(w3)
			.visited()).isZero();
	}

}
