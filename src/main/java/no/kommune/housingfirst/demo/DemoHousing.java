package no.kommune.housingfirst.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.kommune.housingfirst.housing.DeclineReason;
import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.firstrent.EstablishmentGrant;
import no.kommune.housingfirst.firstrent.FirstRentQueue;
import no.kommune.housingfirst.housing.HousingOffers;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.housing.HousingUnits;
import no.kommune.housingfirst.housing.HousingWish;
import no.kommune.housingfirst.housing.LeaseTerm;
import no.kommune.housingfirst.housing.LeaseTerms;
import no.kommune.housingfirst.housing.MeetingTask;
import no.kommune.housingfirst.housing.OfferedUnit;
import no.kommune.housingfirst.housing.Party;
import no.kommune.housingfirst.firstrent.RentPayer;
import no.kommune.housingfirst.housing.TaskAssignment;
import no.kommune.housingfirst.housing.TenancyEnd;
import no.kommune.housingfirst.housing.TenancyKind;
import no.kommune.housingfirst.housing.UnitRow;
import no.kommune.housingfirst.housing.WorkingDays;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo participants' way into a home, through the real services with the dates it
 * happened on: wishes, an offer of two units, the choice, the allocation meeting, the
 * lease with NAV's confirmation of the first rent, and the move-in. Also the stories a
 * team would want to see on a first look: an open offer, an overdue meeting, open NAV
 * tasks (one overdue) and a re-housing.
 */
@Component
@Profile({ "trial", "demo" })
class DemoHousing {

	private final HousingUnits units;

	private final HousingOffers offers;

	private final HousingTenancies tenancies;

	private final FirstRentQueue firstRents;

	private final jakarta.persistence.EntityManager entityManager;

	private final Clock clock;

	DemoHousing(HousingUnits units, HousingOffers offers, HousingTenancies tenancies, FirstRentQueue firstRents,
			jakarta.persistence.EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.units = units;
		this.offers = offers;
		this.tenancies = tenancies;
		this.firstRents = firstRents;
		this.clock = clock;
	}

	/**
	 * Housed on {@code moveIn}: offer two weeks before, choice, a meeting within three
	 * working days (or late, when {@code lateMeeting}), lease, NAV's confirmation, keys
	 * and the first night.
	 */
	long house(CurrentUser caseworker, CurrentUser nav, long participant, LocalDate moveIn, Random random,
			boolean lateMeeting) {
		LocalDate chosenOn = moveIn.minusDays(10);
		long allocation = allocate(caseworker, participant, moveIn.minusDays(13), chosenOn, random);
		LocalDate heldOn = WorkingDays.plusWorkingDays(chosenOn, lateMeeting ? 5 : 1 + random.nextInt(3));
		meeting(caseworker, participant, allocation, heldOn, true);
		LocalDate start = moveIn.minusDays(2);
		long tenancy = lease(caseworker, participant, allocation, start, random);
		long task = this.firstRents.taskFor(tenancy).orElseThrow();
		boolean navPays = random.nextInt(4) > 0;
		this.firstRents.confirm(nav, task,
				new FirstRentQueue.Confirmation(navPays ? RentPayer.NAV : RentPayer.PARTICIPANT,
						navPays ? start.minusDays(1) : null, navPays ? 850_000L + random.nextInt(60) * 5_000L : null,
						navPays ? "NAV-" + start.getYear() + "-" + (1000 + random.nextInt(9000)) : null, true,
						EstablishmentGrant.values()[random.nextInt(3)], true),
				start.minusDays(1));
		this.tenancies.moveIn(caseworker, participant, tenancy, 0, moveIn.minusDays(1), moveIn);
		return tenancy;
	}

	/** The tenancy was abandoned; follow-up goes on and a new offer is on the table. */
	void rehouse(CurrentUser caseworker, long participant, long tenancy, LocalDate endedOn, Random random) {
		int version = this.tenancies.tenancyPage(caseworker, participant, tenancy).tenancy().version();
		this.tenancies.end(caseworker, participant, tenancy, version,
				new HousingTenancies.TenancyEnding(endedOn, TenancyEnd.ABANDONMENT, null));
		offer(caseworker, participant, today().minusDays(6), random);
	}

	/**
	 * The stories of participants still searching, one each in turn: an open offer, an
	 * overdue allocation meeting, a lease that starts soon (an open NAV task), a lease
	 * that started last week with no confirmation yet (overdue for NAV).
	 */
	void search(CurrentUser caseworker, long participant, int story, Random random) {
		LocalDate today = today();
		this.offers.describeWishes(caseworker, participant,
				new HousingWish.Wishes(
						List.of(this.units.districts().get(random.nextInt(this.units.districts().size()))), 2,
						(story % 2 == 0) ? "Katt" : null, "Ønsker å bo nær familien."));
		switch (story) {
			case 1 -> allocate(caseworker, participant, today.minusDays(12), today.minusDays(9), random);
			case 2, 4 -> {
				long allocation = allocate(caseworker, participant, today.minusDays(8), today.minusDays(4), random);
				meeting(caseworker, participant, allocation, WorkingDays.plusWorkingDays(today.minusDays(4), 1), false);
				lease(caseworker, participant, allocation, today.plusDays(10), random);
			}
			case 3 -> {
				long allocation = allocate(caseworker, participant, today.minusDays(30), today.minusDays(26), random);
				meeting(caseworker, participant, allocation, WorkingDays.plusWorkingDays(today.minusDays(26), 2),
						false);
				lease(caseworker, participant, allocation, today.minusDays(6), random);
			}
			default -> {
				if (story % 2 == 0) {
					offer(caseworker, participant, today.minusDays(5), random);
				}
			}
		}
	}

	private long allocate(CurrentUser caseworker, long participant, LocalDate offeredOn, LocalDate chosenOn,
			Random random) {
		List<UnitRow> two = twoUnits(random);
		long offer = this.offers.offer(caseworker, participant, List.of(two.get(0).id(), two.get(1).id()), offeredOn);
		this.offers.answer(caseworker, participant, offer, two.get(1).id(), OfferedUnit.Answer.DECLINED,
				DeclineReason.values()[random.nextInt(DeclineReason.values().length)], offeredOn.plusDays(1),
				"Deltakeren og booppfølger", chosenOn);
		return this.offers.answer(caseworker, participant, offer, two.get(0).id(), OfferedUnit.Answer.CHOSEN, null,
				offeredOn.plusDays(2), "Deltakeren og booppfølger", chosenOn);
	}

	private void offer(CurrentUser caseworker, long participant, LocalDate on, Random random) {
		List<UnitRow> two = twoUnits(random);
		this.offers.offer(caseworker, participant, List.of(two.get(0).id(), two.get(1).id()), on);
	}

	private void meeting(CurrentUser caseworker, long participant, long allocation, LocalDate heldOn, boolean allDone) {
		Map<MeetingTask, TaskAssignment> tasks = new EnumMap<>(MeetingTask.class);
		tasks.put(MeetingTask.VIEWING, new TaskAssignment(Party.FOLLOW_UP_TEAM, true));
		tasks.put(MeetingTask.GUARDIAN, new TaskAssignment(Party.FOLLOW_UP_TEAM, allDone));
		tasks.put(MeetingTask.MOVING_HELP, new TaskAssignment(Party.HOUSING_SERVICE, allDone));
		tasks.put(MeetingTask.FURNITURE_GRANT, new TaskAssignment(Party.NAV, allDone));
		tasks.put(MeetingTask.DEPOSIT, new TaskAssignment(Party.NAV, allDone));
		tasks.put(MeetingTask.FIRST_RENT, new TaskAssignment(Party.NAV, allDone));
		int version = this.tenancies.allocationPage(caseworker, participant, allocation).allocation().version();
		// Around Easter, working days can run past today; a meeting is never in the
		// future.
		LocalDate day = heldOn.isAfter(today()) ? today() : heldOn;
		this.tenancies.recordMeeting(caseworker, participant, allocation, version,
				new HousingTenancies.Meeting(day, true, true, true, true, null, tasks));
	}

	private long lease(CurrentUser caseworker, long participant, long allocation, LocalDate start, Random random) {
		var unit = this.tenancies.allocationPage(caseworker, participant, allocation);
		return this.tenancies.sign(caseworker, participant, allocation, new LeaseTerms(TenancyKind.LEASE, start,
				random.nextBoolean() ? LeaseTerm.FIVE_YEARS : LeaseTerm.THREE_YEARS, null, unit.monthlyRentKroner(),
				unit.landlord(), random.nextBoolean() ? Deposit.NAV_GUARANTEE : Deposit.PAID, random.nextBoolean()));
	}

	/**
	 * Two offerable units in different districts, preferring buildings where one more
	 * Housing First tenant keeps the share under 20 %.
	 */
	private List<UnitRow> twoUnits(Random random) {
		// The whole demo is one transaction and the unit search reads with SQL: write the
		// statuses changed so far first, so a unit already offered is not picked again.
		this.entityManager.flush();
		List<UnitRow> offerable = new ArrayList<>(this.units.offerable(""));
		java.util.Collections.shuffle(offerable, random);
		offerable.sort(java.util.Comparator.comparing(UnitRow::oneMoreWouldExceedShare));
		UnitRow first = offerable.get(0);
		UnitRow second = offerable.stream()
			.filter((u) -> !u.district().equals(first.district()))
			.findFirst()
			.orElse(offerable.get(1));
		return List.of(first, second);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
