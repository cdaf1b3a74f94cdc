package no.kommune.housingfirst.tenancy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Days of a stay: nights from the first to the day of moving out, open ones to today. */
class StayDaysTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	record Dates(LocalDate fromOn, LocalDate toOn) implements StayDays.Stay {
	}

	@Test
	void aClosedStayCountsItsNightsAcrossMonthEndsAndLeapDays() {
		assertThat(StayDays.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 2), TODAY)).isEqualTo(3);
		assertThat(StayDays.of(LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 1), TODAY)).isEqualTo(3);
		assertThat(StayDays.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), TODAY)).isEqualTo(1);
	}

	@Test
	void anOpenStayCountsToTodayAndIsCurrent() {
		assertThat(StayDays.of(LocalDate.of(2026, 2, 20), null, TODAY)).isEqualTo(10);
		assertThat(StayDays.of(TODAY, null, TODAY)).isZero();
		assertThat(StayDays.current(LocalDate.of(2026, 2, 20), null, TODAY)).isTrue();
		assertThat(StayDays.current(TODAY, null, TODAY)).isTrue();
	}

	@Test
	void aStayMovedOutOfTodayOrNotYetBegunIsNotCurrent() {
		assertThat(StayDays.current(LocalDate.of(2026, 2, 20), TODAY, TODAY)).isFalse();
		assertThat(StayDays.current(LocalDate.of(2026, 2, 20), TODAY.plusDays(1), TODAY)).isTrue();
		assertThat(StayDays.current(TODAY.plusDays(1), null, TODAY)).isFalse();
		assertThat(StayDays.of(TODAY.plusDays(1), null, TODAY)).isZero();
	}

	@Test
	void onlyDaysBetweenInclusionAndMovingInCount() {
		LocalDate included = LocalDate.of(2026, 1, 10);
		LocalDate movedIn = LocalDate.of(2026, 2, 10);
		// Began before inclusion, ended after moving in: the month between.
		assertThat(StayDays.within(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 20), TODAY, included, movedIn))
			.isEqualTo(31);
		// Open, begun before moving in: to moving in.
		assertThat(StayDays.within(LocalDate.of(2026, 2, 1), null, TODAY, included, movedIn)).isEqualTo(9);
		// Wholly after moving in: none.
		assertThat(StayDays.within(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 20), TODAY, included, movedIn))
			.isZero();
	}

	@Test
	void theTotalAddsEachStay() {
		assertThat(StayDays.total(List.of(new Dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11)),
				new Dates(LocalDate.of(2026, 2, 25), null)), TODAY))
			.isEqualTo(15);
		assertThat(StayDays.total(List.of(), TODAY)).isZero();
	}

}
