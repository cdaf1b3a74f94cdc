package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import no.kommune.housingfirst.participant.CurrentStay;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.GuardianNeed;
import no.kommune.housingfirst.participant.Inclusion;
import no.kommune.housingfirst.participant.ParticipantDetails;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffAccounts;
import no.kommune.housingfirst.visitlog.Concern;
import no.kommune.housingfirst.visitlog.HomeCondition;
import no.kommune.housingfirst.visitlog.NoContactReason;
import no.kommune.housingfirst.visitlog.PracticalHelp;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import no.kommune.housingfirst.visitlog.VoidReason;
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
 * About forty fictional participants across the three demo teams, included over the last
 * three years, most of them housed (with their whole way into a home, see
 * {@link DemoHousing}), some still searching, a few exited, most with FIT scores
 * ({@link DemoFit}). Made through the participant service as the demo caseworkers, so the
 * audit trail starts out realistic too.
 */
@Component
@Profile({ "trial", "demo" })
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoParticipants implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoParticipants.class);

	private static final List<String> FIRST = List.of("Anders", "Berit", "Camilla", "Dag", "Eirik", "Frida", "Geir",
			"Hanne", "Ivar", "Janne", "Kjetil", "Liv", "Magnus", "Nina", "Odd", "Petra", "Rune", "Siri", "Tor", "Unni",
			"Vidar", "Wenche", "Yngve", "Åse", "Øystein", "Bjørg", "Espen", "Gunn", "Hallvard", "Ingrid");

	private static final List<String> LAST = List.of("Berg", "Dahl", "Eide", "Fjeld", "Haugen", "Holm", "Johansen",
			"Karlsen", "Lie", "Moen", "Nilsen", "Olsen", "Pedersen", "Solberg", "Strand", "Vik", "Aasen", "Bakke",
			"Lund", "Myhre");

	private final ParticipantService participants;

	private final ParticipantPathway pathway;

	private final ParticipantDirectory directory;

	private final StaffAccounts accounts;

	private final VisitService visits;

	private final DemoHousing homes;

	private final DemoFit feedback;

	private final Clock clock;

	DemoParticipants(ParticipantService participants, ParticipantPathway pathway, ParticipantDirectory directory,
			StaffAccounts accounts, VisitService visits, DemoHousing homes, DemoFit feedback, Clock clock) {
		this.homes = homes;
		this.feedback = feedback;
		this.participants = participants;
		this.pathway = pathway;
		this.visits = visits;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.directory.isEmpty()) {
			return;
		}
		Random random = new Random(2026);
		LocalDate today = LocalDate.now(this.clock);
		List<CurrentUser> caseworkers = List.of(user("kari"), user("ola"), user("nils"));
		int[] perTeam = { 15, 13, 12 };
		CurrentUser nav = user("nav");
		int made = 0;
		int searching = 0;
		boolean rehoused = false;
		boolean voided = false;
		for (int t = 0; t < caseworkers.size(); t++) {
			CurrentUser caseworker = caseworkers.get(t);
			long team = caseworker.teamIds().iterator().next();
			for (int i = 0; i < perTeam[t]; i++) {
				String name = FIRST.get((made * 7 + 3) % FIRST.size()) + " " + LAST.get((made * 11 + t) % LAST.size());
				LocalDate included = today.minusDays(20 + random.nextInt(3 * 365));
				LocalDate birth = today.minusYears(22 + random.nextInt(45)).minusDays(random.nextInt(365));
				CurrentStay stay = CurrentStay.values()[random.nextInt(CurrentStay.values().length - 1)];
				boolean consent = random.nextInt(10) < 8;
				ParticipantDetails details = new ParticipantDetails(name, birth,
						(random.nextBoolean()) ? "4" + (1000000 + random.nextInt(8999999)) : null, stay, null,
						3 + random.nextInt(120), GuardianNeed.values()[random.nextInt(GuardianNeed.values().length)],
						// Everyone has let the team share with NAV, so NAV's demo queue
						// has
						// its tasks; consent to share with the housing service varies.
						true, consent, included,
						(i % 4 == 0) ? "Treffes best på formiddagen. Liker å møtes på kafé." : null);
				long id = this.participants.include(caseworker,
						new Inclusion(details, team, caseworker.id(), null, included, java.util.UUID.randomUUID()));
				int fate = random.nextInt(100);
				long daysIncluded = today.toEpochDay() - included.toEpochDay();
				LocalDate end = today;
				if (fate < 60 && daysIncluded > 30) {
					LocalDate moveIn = included.plusDays(14 + random.nextInt((int) Math.min(150, daysIncluded - 14)));
					long tenancy = this.homes.house(caseworker, nav, id, moveIn, random, made % 9 == 4);
					long daysHoused = today.toEpochDay() - moveIn.toEpochDay();
					if (fate < 8 && daysHoused > 200) {
						end = moveIn.plusDays(180);
						this.pathway.exit(caseworker, id, end, ExitReason.STABLE_WITHOUT_FOLLOW_UP);
					}
					else if (!rehoused && daysHoused > 200) {
						// The re-housing story: the home was abandoned, follow-up went
						// on.
						this.homes.rehouse(caseworker, id, tenancy, moveIn.plusDays(120), random);
						rehoused = true;
					}
				}
				else if (fate <= 92 && daysIncluded > 35) {
					this.homes.search(caseworker, id, searching++, random);
				}
				else if (fate > 92) {
					LocalDate exitDay = included.plusDays(10 + random.nextInt(20));
					end = exitDay.isAfter(today) ? today : exitDay;
					this.pathway.exit(caseworker, id, end,
							ExitReason.values()[random.nextInt(ExitReason.values().length)]);
				}
				this.visits.importHistory(caseworker, id, weeklyVisits(random, included, end, i % 5 == 0));
				if (!voided && fate <= 92 && end.equals(today) && daysIncluded > 14) {
					// Logged twice, from the phone and again at the office: voided, still
					// in the history.
					long twice = this.visits.log(caseworker, id, java.util.UUID.randomUUID(),
							VisitDetails.minimal(today.minusDays(2), VisitKind.HOME_VISIT, true));
					this.visits.voidVisit(caseworker, id, twice, 0, VoidReason.DUPLICATE,
							"Ført både fra telefonen og fra kontoret.");
					voided = true;
				}
				if (fate <= 92 && end.equals(today)) {
					this.feedback.series(caseworker, id, included, today, i);
				}
				made++;
			}
		}
		// Two who left follow-up years ago, past the retention period: the section
		// leader's dry run (/erasure) lists them until the retention job erases them
		// (docs/adr/0015).
		for (int k = 0; k < 2; k++) {
			CurrentUser caseworker = caseworkers.get(k);
			long team = caseworker.teamIds().iterator().next();
			LocalDate included = today.minusYears(5).minusDays(60L * k);
			LocalDate exit = included.plusDays(300);
			ParticipantDetails details = new ParticipantDetails(
					FIRST.get((made * 7 + 3) % FIRST.size()) + " " + LAST.get((made * 11) % LAST.size()),
					today.minusYears(40 + k), null, CurrentStay.FRIENDS_SOFA, null, 24, GuardianNeed.NO, true, true,
					included, "Flyttet til en kommune i nærheten.");
			long id = this.participants.include(caseworker,
					new Inclusion(details, team, caseworker.id(), null, included, java.util.UUID.randomUUID()));
			this.visits.importHistory(caseworker, id, weeklyVisits(random, included, exit, false));
			this.pathway.exit(caseworker, id, exit, ExitReason.MOVED_AWAY);
			made++;
		}
		log.info("Demo participants loaded: {}", made);
	}

	/**
	 * Mostly one visit a week with contact; now and then only an attempt, a week missed,
	 * a phone call, or a home that needs attention. A few participants have a rough patch
	 * lately.
	 */
	private static List<VisitDetails> weeklyVisits(Random random, LocalDate from, LocalDate to, boolean roughPatch) {
		List<VisitDetails> visits = new java.util.ArrayList<>();
		for (LocalDate day = from.plusDays(1 + random.nextInt(4)); !day.isAfter(to); day = day.plusWeeks(1)) {
			boolean lately = roughPatch && day.isAfter(to.minusWeeks(3));
			int roll = random.nextInt(100);
			if (lately || roll < 6) {
				continue;
			}
			LocalDate shifted = day.plusDays(random.nextInt(3));
			LocalDate date = shifted.isAfter(to) ? day : shifted;
			if (roll < 13) {
				NoContactReason why = (roll < 9) ? NoContactReason.NOT_HOME : (roll < 11) ? NoContactReason.DECLINED
						: (roll < 12) ? NoContactReason.IN_INSTITUTION : NoContactReason.OTHER;
				visits.add(VisitDetails.withoutContact(date, VisitKind.HOME_VISIT, why,
						(why == NoContactReason.OTHER) ? "Var hos familien i helgen." : null));
				continue;
			}
			VisitKind kind = (roll < 20) ? VisitKind.PHONE
					: (roll < 27) ? VisitKind.MEETING_ELSEWHERE : (roll < 30) ? VisitKind.ESCORT : VisitKind.HOME_VISIT;
			boolean concern = kind == VisitKind.HOME_VISIT && roll > 96;
			visits.add(new VisitDetails(date, kind, true, null, null, 20 + random.nextInt(70),
					(kind == VisitKind.HOME_VISIT) ? (concern ? HomeCondition.NEEDS_ATTENTION : HomeCondition.FINE)
							: null,
					concern ? java.util.Set.of(Concern.values()[random.nextInt(Concern.values().length)])
							: java.util.Set.of(),
					(roll % 9 == 0) ? java.util.Set.of(PracticalHelp.PURCHASES) : java.util.Set.of(), false,
					concern ? "Avtalt at vaktmester ser på det i neste uke." : null));
		}
		return visits;
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.accounts.loadUserByUsername(username);
	}

}
