package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.visitlog.FollowUpWeeks.Cell;
import no.kommune.housingfirst.visitlog.FollowUpWeeks.ContactWeek;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up measures against a fixture worked out by hand. */
class FollowUpWeeksTest {

	// Weeks 10, 11 and 12 of 2026: Mondays 2, 9 and 16 March.
	static final IsoWeek W10 = new IsoWeek(2026, 10);

	static final IsoWeek W11 = new IsoWeek(2026, 11);

	static final IsoWeek W12 = new IsoWeek(2026, 12);

	@Test
	void complianceMatchesTheHandCalculation() {
		// Caseworker 7: A (all weeks), B (included Wed 4 March: counts from week 11), C
		// (exited
		// Thu 12 March: counts in week 10 only). Caseworker 8: D (all weeks).
		ActiveParticipant a = participant(1, 7, "2026-01-05", null);
		ActiveParticipant b = participant(2, 7, "2026-03-04", null);
		ActiveParticipant c = participant(3, 7, "2026-01-05", "2026-03-12");
		ActiveParticipant d = participant(4, 8, "2026-01-05", null);
		// Contact in: A w10, A w12, B w11, C w10, D none. (An attempt without contact is
		// simply
		// not in this set.)
		Set<ContactWeek> contacts = Set.of(new ContactWeek(1, W10), new ContactWeek(1, W12), new ContactWeek(2, W11),
				new ContactWeek(3, W10));

		Map<Long, List<Cell>> byCaseworker = FollowUpWeeks.compliance(List.of(a, b, c, d), contacts,
				List.of(W10, W11, W12), ActiveParticipant::primaryCaseworkerId);

		// Caseworker 7. w10: active A, C (B not yet) → visited A, C = 2/2.
		// w11: active A, B (C exited Thursday) → visited B = 1/2. w12: A, B → visited A =
		// 1/2.
		assertThat(byCaseworker.get(7L)).containsExactly(new Cell(2, 2), new Cell(2, 1), new Cell(2, 1));
		assertThat(byCaseworker.get(8L)).containsExactly(new Cell(1, 0), new Cell(1, 0), new Cell(1, 0));
		assertThat(byCaseworker.get(7L).get(1).percent()).isEqualTo(50);
		assertThat(new Cell(3, 2).percent()).isEqualTo(67);
		assertThat(new Cell(0, 0).percent()).isNull();

		Map<Long, List<Cell>> byTeam = FollowUpWeeks.compliance(List.of(a, b, c, d), contacts, List.of(W10, W11, W12),
				ActiveParticipant::teamId);
		assertThat(byTeam.get(99L)).containsExactly(new Cell(3, 2), new Cell(3, 1), new Cell(3, 1));
	}

	@Test
	void weeksWithoutContactCountOnlyCompletedWeeks() {
		LocalDate included = LocalDate.of(2026, 1, 5);
		LocalDate wednesdayWeek12 = LocalDate.of(2026, 3, 18);
		// Last contact in week 9; today is in week 12: weeks 10 and 11 are missed, 12 is
		// not over.
		assertThat(FollowUpWeeks.weeksWithoutContact(included, LocalDate.of(2026, 2, 26), W12, wednesdayWeek12))
			.isEqualTo(2);
		// Visited this week: the run is broken.
		assertThat(FollowUpWeeks.weeksWithoutContact(included, wednesdayWeek12, W12, wednesdayWeek12)).isZero();
		// Looking back at a week that is over counts that week too.
		assertThat(FollowUpWeeks.weeksWithoutContact(included, LocalDate.of(2026, 2, 26), W11, wednesdayWeek12))
			.isEqualTo(2);
		// Never met: counted from the first whole week after inclusion (Wed 4 March →
		// week 11).
		assertThat(FollowUpWeeks.weeksWithoutContact(LocalDate.of(2026, 3, 4), null, W12, wednesdayWeek12))
			.isEqualTo(1);
		assertThat(FollowUpWeeks.weeksWithoutContact(LocalDate.of(2026, 3, 16), null, W12, wednesdayWeek12)).isZero();
	}

	@Test
	void lookingAtNextWeekCountsNoUnfinishedWeek() {
		LocalDate wednesdayWeek12 = LocalDate.of(2026, 3, 18);
		IsoWeek w13 = W12.plus(1);
		assertThat(FollowUpWeeks.weeksWithoutContact(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 26), w13,
				wednesdayWeek12))
			.isEqualTo(2);
	}

	@Test
	void aReopenedParticipantCountsFromTheReopening() {
		// Exited in January, reopened Monday 9 March (week 11): week 10 is not theirs to
		// miss.
		ActiveParticipant reopened = participant(5, 7, "2026-03-09", null);
		Map<Long, List<Cell>> table = FollowUpWeeks.compliance(List.of(reopened), Set.of(), List.of(W10, W11, W12),
				ActiveParticipant::primaryCaseworkerId);
		assertThat(table.get(7L)).containsExactly(new Cell(0, 0), new Cell(1, 0), new Cell(1, 0));
		assertThat(FollowUpWeeks.weeksWithoutContact(LocalDate.of(2026, 3, 9), LocalDate.of(2025, 12, 1), W12,
				LocalDate.of(2026, 3, 25)))
			.isEqualTo(2);
	}

	/**
	 * A fortnightly step-down agreed from Monday 7 December 2026 (week 50), across the
	 * turn of a year with 53 ISO weeks. Contact in weeks 48, 50 and 52 of 2026 and week 1
	 * of 2027, none after. Weekly before the step-down, so week 49 is missed; the off
	 * weeks 51, 53 and 2 are followed up as agreed; week 3 is two weeks after the last
	 * contact and missed. Counted weekly, the off weeks would be missed too.
	 */
	@Test
	void aFortnightlyStepDownIsCountedRightAcrossTheYearBoundary() {
		ActiveParticipant stepped = participant(9, 7, "2026-10-05", null);
		List<IsoWeek> weeks = List.of(new IsoWeek(2026, 49), new IsoWeek(2026, 50), new IsoWeek(2026, 51),
				new IsoWeek(2026, 52), new IsoWeek(2026, 53), new IsoWeek(2027, 1), new IsoWeek(2027, 2),
				new IsoWeek(2027, 3));
		assertThat(weeks.get(5).weeksUntil(weeks.get(7))).isEqualTo(2);
		Set<ContactWeek> contacts = Set.of(new ContactWeek(9, new IsoWeek(2026, 48)),
				new ContactWeek(9, new IsoWeek(2026, 50)), new ContactWeek(9, new IsoWeek(2026, 52)),
				new ContactWeek(9, new IsoWeek(2027, 1)));
		List<CadencePeriod> fortnightly = List.of(new CadencePeriod(LocalDate.of(2026, 12, 7), 2));
		Map<Long, List<Cell>> table = FollowUpWeeks.compliance(List.of(stepped), contacts, weeks,
				ActiveParticipant::primaryCaseworkerId, Map.of(9L, fortnightly));
		assertThat(table.get(7L)).extracting(Cell::visited).containsExactly(0, 1, 1, 1, 1, 1, 1, 0);
		assertThat(FollowUpWeeks.compliance(List.of(stepped), contacts, weeks, ActiveParticipant::primaryCaseworkerId)
			.get(7L)).extracting(Cell::visited).containsExactly(0, 1, 0, 1, 0, 1, 0, 0);

		// Wednesday of week 4, 2027: week 3 is the one missed week (weekly: weeks 2 and
		// 3).
		LocalDate today = LocalDate.of(2027, 1, 27);
		LocalDate lastContact = LocalDate.of(2027, 1, 4);
		assertThat(FollowUpWeeks.weeksWithoutContact(LocalDate.of(2026, 10, 5), lastContact, IsoWeek.of(today), today,
				fortnightly))
			.isEqualTo(1);
		assertThat(FollowUpWeeks.weeksWithoutContact(LocalDate.of(2026, 10, 5), lastContact, IsoWeek.of(today), today))
			.isEqualTo(2);
		// On the last day of the off week nothing is missed yet.
		assertThat(FollowUpWeeks.weeksWithoutContact(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 12, 21),
				new IsoWeek(2027, 1), LocalDate.of(2027, 1, 4), fortnightly))
			.isZero();

		// Back to weekly from Monday 11 January 2027 (week 2): week 2 is missed again.
		List<CadencePeriod> backToWeekly = List.of(new CadencePeriod(LocalDate.of(2026, 12, 7), 2),
				new CadencePeriod(LocalDate.of(2027, 1, 11), 1));
		assertThat(FollowUpWeeks
			.compliance(List.of(stepped), contacts, weeks, ActiveParticipant::primaryCaseworkerId,
					Map.of(9L, backToWeekly))
			.get(7L)).extracting(Cell::visited).containsExactly(0, 1, 1, 1, 1, 1, 0, 0);
	}

	@Test
	void aMonthlyCadenceAllowsThreeWeeksWithoutAVisit() {
		ActiveParticipant monthly = participant(10, 7, "2026-01-05", null);
		Set<ContactWeek> contacts = Set.of(new ContactWeek(10, new IsoWeek(2026, 9)));
		List<CadencePeriod> cadence = List.of(new CadencePeriod(LocalDate.of(2026, 2, 2), 4));
		List<IsoWeek> weeks = List.of(new IsoWeek(2026, 9), W10, W11, W12, new IsoWeek(2026, 13));
		assertThat(FollowUpWeeks
			.compliance(List.of(monthly), contacts, weeks, ActiveParticipant::primaryCaseworkerId, Map.of(10L, cadence))
			.get(7L)).extracting(Cell::visited).containsExactly(1, 1, 1, 1, 0);
	}

	/**
	 * On a weekly cadence the missed weeks are counted without walking week by week:
	 * checked against that walk (a cadence of one week in force from long before) over
	 * 2,000 random inclusions, last contacts and days, across years with 53 weeks.
	 */
	@Test
	void weeklyMissedWeeksEqualTheWeekByWeekCount() {
		java.util.Random random = new java.util.Random(53);
		List<CadencePeriod> weeklyByAgreement = List.of(new CadencePeriod(LocalDate.of(1990, 1, 1), 1));
		for (int i = 0; i < 2000; i++) {
			LocalDate today = LocalDate.of(2019, 6, 1).plusDays(random.nextInt(3000));
			LocalDate activeSince = today.minusDays(random.nextInt(400));
			LocalDate lastContact = random.nextInt(5) == 0 ? null : today.minusDays(random.nextInt(500));
			IsoWeek asOf = IsoWeek.of(today).plus(random.nextInt(3) - 1);
			assertThat(FollowUpWeeks.weeksWithoutContact(activeSince, lastContact, asOf, today))
				.as("%s %s %s %s", activeSince, lastContact, asOf, today)
				.isEqualTo(FollowUpWeeks.weeksWithoutContact(activeSince, lastContact, asOf, today, weeklyByAgreement));
		}
	}

	/**
	 * Contacts given as bits count exactly as the same contacts given as
	 * participant-weeks, whatever the cadence: 500 random participants over 20 weeks.
	 */
	@Test
	void contactBitsCountAsTheContactsThemselves() {
		java.util.Random random = new java.util.Random(7);
		IsoWeek first = new IsoWeek(2026, 40);
		List<IsoWeek> weeks = new java.util.ArrayList<>();
		for (int i = 3; i < 20; i++) {
			weeks.add(first.plus(i));
		}
		List<ActiveParticipant> people = new java.util.ArrayList<>();
		java.util.Set<ContactWeek> contacts = new java.util.HashSet<>();
		Map<Long, List<CadencePeriod>> cadences = new java.util.HashMap<>();
		for (long id = 1; id <= 500; id++) {
			LocalDate since = first.monday().plusDays(random.nextInt(100) - 30);
			LocalDate exited = random.nextBoolean() ? null : since.plusDays(random.nextInt(150));
			people.add(new ActiveParticipant(id, "P" + id, 99L, id % 4, ParticipantStatus.HOUSED, since, exited));
			for (int w = 0; w < 20; w++) {
				if (random.nextInt(3) == 0) {
					contacts.add(new ContactWeek(id, first.plus(w)));
				}
			}
			if (random.nextBoolean()) {
				cadences.put(id,
						List.of(new CadencePeriod(first.plus(random.nextInt(20)).monday(), 1 + random.nextInt(4))));
			}
		}
		Map<Long, List<Cell>> fromBits = FollowUpWeeks.compliance(people, FollowUpWeeks.ContactBits.of(contacts, first),
				weeks, ActiveParticipant::primaryCaseworkerId, cadences);
		for (long caseworker = 0; caseworker < 4; caseworker++) {
			for (int i = 0; i < weeks.size(); i++) {
				IsoWeek week = weeks.get(i);
				int active = 0;
				int visited = 0;
				for (ActiveParticipant p : people) {
					if (p.primaryCaseworkerId() == caseworker
							&& p.activeThroughout(week.monday(), week.monday().plusDays(6))) {
						active++;
						if (FollowUpWeeks.followedUp(p.id(), week, contacts,
								cadences.getOrDefault(p.id(), List.of()))) {
							visited++;
						}
					}
				}
				assertThat(fromBits.get(caseworker).get(i)).as("caseworker %d, %s", caseworker, week)
					.isEqualTo(new Cell(active, visited));
			}
		}
	}

	private static ActiveParticipant participant(long id, long caseworker, String included, String exited) {
		return new ActiveParticipant(id, "P" + id, 99L, caseworker, ParticipantStatus.HOUSED, LocalDate.parse(included),
				(exited != null) ? LocalDate.parse(exited) : null);
	}

}
