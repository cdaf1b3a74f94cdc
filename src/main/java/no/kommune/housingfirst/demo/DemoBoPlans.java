package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.boplan.AgreementKind;
import no.kommune.housingfirst.boplan.Answer;
import no.kommune.housingfirst.boplan.BoPlanService;
import no.kommune.housingfirst.boplan.Cadence;
import no.kommune.housingfirst.boplan.FollowUpAgreements;
import no.kommune.housingfirst.boplan.FollowUpTerms;
import no.kommune.housingfirst.boplan.GoalStatus;
import no.kommune.housingfirst.boplan.LifeArea;
import no.kommune.housingfirst.boplan.NeedsMeetingRecord;
import no.kommune.housingfirst.boplan.PlanContent;
import no.kommune.housingfirst.boplan.PlanGoal;
import no.kommune.housingfirst.boplan.Responsible;
import no.kommune.housingfirst.boplan.StepDown;
import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bo-plans for most demo participants, written through the bo-plan service as their
 * caseworkers: most agreed, one declined, one revised several times, one overdue for
 * review, one stepped down to every other week; a few still without a plan. A follow-up
 * agreement for everyone housed, and health care declined at a visit twice: once with the
 * "hva trengs nå?" meeting held, once with it still due.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoBoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBoPlans.class);

	private static final List<PlanGoal> GOALS = List.of(
			goal(LifeArea.HOUSING, "Holde leiligheten ren nok til at jeg trives", "Vaske badet hver lørdag",
					Set.of(Responsible.PARTICIPANT, Responsible.OTHER), "Miljøvaktmesteren"),
			goal(LifeArea.FINANCES, "Få husleia trukket fra pengene fra NAV", "Søke om husleietrekk",
					Set.of(Responsible.NAV, Responsible.CASEWORKER), null),
			goal(LifeArea.SUBSTANCE_USE, "Drikke mindre i helgene", "Avtale noe å gjøre lørdag kveld",
					Set.of(Responsible.PARTICIPANT), null),
			goal(LifeArea.NETWORK, "Ringe søsteren min hver søndag", null, Set.of(Responsible.PARTICIPANT), null),
			goal(LifeArea.MENTAL_HEALTH, "Sove bedre om natta", "Snakke med fastlegen",
					Set.of(Responsible.PARTICIPANT, Responsible.CASEWORKER), null),
			goal(LifeArea.WORK_ACTIVITY, "Prøve arbeidstrening på verkstedet", "Besøke verkstedet sammen",
					Set.of(Responsible.CASEWORKER, Responsible.NAV), null),
			goal(LifeArea.PHYSICAL_HEALTH, "Få ordnet tennene", "Bestille time hos tannlegen",
					Set.of(Responsible.CASEWORKER), null),
			goal(LifeArea.SOCIAL_FUNCTIONING, "Hilse på naboene og gå på husmøtet", null,
					Set.of(Responsible.PARTICIPANT, Responsible.HOUSING_SERVICE), null));

	private static final List<String> OWN_WORDS = List.of("Et sted der jeg får være i fred, og som er mitt.",
			"At jeg klarer husleia selv og at naboene ikke klager.",
			"Å ha en dør jeg kan låse og noen som stikker innom.",
			"At jeg ikke mister leiligheten om jeg har en dårlig periode.");

	private final BoPlanService plans;

	private final FollowUpAgreements agreements;

	private final ParticipantDirectory directory;

	private final StaffAccounts accounts;

	private final VisitService visits;

	private final Clock clock;

	DemoBoPlans(BoPlanService plans, FollowUpAgreements agreements, ParticipantDirectory directory,
			StaffAccounts accounts, VisitService visits, Clock clock) {
		this.plans = plans;
		this.agreements = agreements;
		this.directory = directory;
		this.accounts = accounts;
		this.visits = visits;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.plans.anyPlans() || this.directory.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		int housed = 0;
		boolean several = false;
		boolean declined = false;
		boolean overdue = false;
		boolean stepped = false;
		for (String username : List.of("kari", "ola", "nils")) {
			CurrentUser caseworker = (CurrentUser) this.accounts.loadUserByUsername(username);
			List<ActiveParticipant> caseload = this.directory.caseloadOf(caseworker, today, today);
			for (int i = 0; i < caseload.size(); i++) {
				ActiveParticipant participant = caseload.get(i);
				long id = participant.id();
				LocalDate since = participant.activeSince();
				if (participant.status() == ParticipantStatus.HOUSED) {
					this.agreements.recordFollowUp(caseworker, id, 0, UUID.randomUUID(), new FollowUpTerms(since,
							(i % 2 == 0) ? "Tirsdager etter lunsj, hjemme hos deltakeren." : null,
							"Ringe to ganger, så gå innom. Etter en uke: ringe søsteren, som har sagt ja til det.",
							"Søsteren (mobil i telefonlista)",
							(i % 3 == 0) ? AgreementKind.SIGNED_ON_PAPER : AgreementKind.AGREED_ORALLY, null));
					housed++;
				}
				if (i % 6 == 5) {
					// A few still without a plan: Min uke shows them.
					continue;
				}
				LocalDate first = since.plusDays(Math.min(10, today.toEpochDay() - since.toEpochDay()));
				List<PlanGoal> goals = goalsFor(made);
				PlanContent v1 = plan(made, first, goals, StepDown.WEEKLY);
				this.plans.revise(caseworker, id, 0, UUID.randomUUID(), v1);
				boolean refuses = !declined && made % 5 == 2;
				this.plans.answer(caseworker, id, 1, UUID.randomUUID(),
						new Answer(first, refuses ? AgreementKind.DECLINED : AgreementKind.SIGNED_ON_PAPER,
								refuses ? "Vil lese den i ro og fred først." : null));
				declined = declined || refuses;
				made++;
				if (!overdue && v1.reviewOn().isBefore(today)) {
					// Left as it was: overdue for review.
					overdue = true;
					continue;
				}
				int version = 1;
				LocalDate date = first;
				int revisions = (!several && today.toEpochDay() - first.toEpochDay() > 300) ? 3 : 1;
				several = several || revisions == 3;
				for (int r = 0; r < revisions && date.plusMonths(3).isBefore(today); r++) {
					date = (r == revisions - 1) ? today.minusDays(5 + (made % 40)) : date.plusMonths(3);
					boolean stepDown = !stepped && r == revisions - 1
							&& participant.status() == ParticipantStatus.HOUSED;
					StepDown cadence = stepDown ? new StepDown(Cadence.FORTNIGHTLY, date,
							"Har bodd stabilt et halvt år og ønsker færre besøk. Ukentlig igjen ved tegn til krise.",
							date.plusMonths(2)) : StepDown.WEEKLY;
					this.plans.revise(caseworker, id, version, UUID.randomUUID(),
							plan(made, date, progressed(goals, r), cadence));
					version++;
					this.plans.answer(caseworker, id, version, UUID.randomUUID(),
							new Answer(date, AgreementKind.AGREED_ORALLY, null));
					stepped = stepped || stepDown;
				}
			}
			if (username.equals("kari") && !caseload.isEmpty()) {
				declinedHealthCare(caseworker, caseload, today);
			}
		}
		log.info("Demo bo-plans loaded: {} plans, {} follow-up agreements", made, housed);
	}

	/**
	 * Two housed participants declined health care at a visit this week; for one the "hva
	 * trengs nå?" meeting is already held.
	 */
	private void declinedHealthCare(CurrentUser caseworker, List<ActiveParticipant> caseload, LocalDate today) {
		List<ActiveParticipant> housed = caseload.stream()
			.filter((p) -> p.status() == ParticipantStatus.HOUSED && p.activeSince().isBefore(today.minusDays(14)))
			.toList();
		for (int i = 0; i < Math.min(2, housed.size()); i++) {
			long id = housed.get(i).id();
			this.visits.log(caseworker, id, UUID.randomUUID(),
					new VisitDetails(today.minusDays(3 - i), VisitKind.HOME_VISIT, true, null, null, 40, null, Set.of(),
							Set.of(), true, "Vil ikke til legen nå. Ellers greit."));
			if (i == 0) {
				this.agreements.recordNeedsMeeting(caseworker, id, UUID.randomUUID(), new NeedsMeetingRecord(
						today.minusDays(1), "Deltakeren, booppfølger, boligtjenesten og NAV",
						"Trenger hjelp med å handle mat og å komme seg til tannlegen. Avtalt følge én gang i uka."));
			}
		}
	}

	private static PlanContent plan(int n, LocalDate date, List<PlanGoal> goals, StepDown stepDown) {
		return new PlanContent(date, OWN_WORDS.get(n % OWN_WORDS.size()),
				(n % 2 == 0) ? "Flink med hender, og god til å lage mat." : "Har en søster som stiller opp.",
				"Hjelp med økonomi og papirer", (n % 3 == 0) ? "Vil ikke ha psykolog nå" : null,
				(n % 2 == 0) ? "Søsteren Liv" : null,
				(n % 4 == 0) ? "Sover dårlig, slutter å svare på telefonen" : null,
				(n % 4 == 0) ? "At noen kommer innom, og en tur ut" : null, (n % 4 == 0) ? "Søsteren Liv" : null,
				date.plusMonths(3), stepDown, goals);
	}

	private static List<PlanGoal> goalsFor(int n) {
		List<PlanGoal> goals = new ArrayList<>();
		for (int g = 0; g < 2 + n % 3; g++) {
			PlanGoal template = GOALS.get((n + g * 3) % GOALS.size());
			goals.add(new PlanGoal(UUID.randomUUID(), template.area(), template.wording(), template.steps(),
					template.responsible(), template.otherName(), null, GoalStatus.NOT_STARTED, null));
		}
		return goals;
	}

	/** The goals a few months on: under way, the first reached at the second revision. */
	private static List<PlanGoal> progressed(List<PlanGoal> goals, int revision) {
		List<PlanGoal> next = new ArrayList<>();
		for (int g = 0; g < goals.size(); g++) {
			PlanGoal goal = goals.get(g);
			GoalStatus status = (g == 0 && revision >= 1) ? GoalStatus.REACHED : GoalStatus.IN_PROGRESS;
			next.add(new PlanGoal(goal.key(), goal.area(), goal.wording(), goal.steps(), goal.responsible(),
					goal.otherName(), goal.targetDate(), status, (status == GoalStatus.REACHED) ? "Klart!" : null));
		}
		if (revision == 2) {
			next.add(new PlanGoal(UUID.randomUUID(), LifeArea.WORK_ACTIVITY, "Gå på kafétreffet på torsdager", null,
					Set.of(Responsible.PARTICIPANT), null, null, GoalStatus.NOT_STARTED, null));
		}
		return next;
	}

	private static PlanGoal goal(LifeArea area, String wording, String steps, Set<Responsible> who, String other) {
		return new PlanGoal(UUID.randomUUID(), area, wording, steps, who, other, null, GoalStatus.NOT_STARTED, null);
	}

}
