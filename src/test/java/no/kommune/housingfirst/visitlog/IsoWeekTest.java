package no.kommune.housingfirst.visitlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ISO weeks of Oslo dates, at the edges where calendars go wrong. */
class IsoWeekTest {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Test
	void lateSundayAndJustAfterMidnightFallInDifferentWeeks() {
		// Sunday 22 November 2026 23:30 in Oslo is 22:30 UTC; Monday 00:10 is still
		// Sunday in UTC.
		assertThat(IsoWeek.of(Instant.parse("2026-11-22T22:30:00Z"), OSLO)).isEqualTo(new IsoWeek(2026, 47));
		assertThat(IsoWeek.of(Instant.parse("2026-11-22T23:10:00Z"), OSLO)).isEqualTo(new IsoWeek(2026, 48));
		assertThat(IsoWeek.of(Instant.parse("2026-11-22T23:10:00Z"), ZoneId.of("UTC")))
			.as("UTC would put it in the wrong week")
			.isEqualTo(new IsoWeek(2026, 47));
	}

	@Test
	void aroundTheDaylightSavingChanges() {
		// Summer time starts Sunday 29 March 2026: 23:30 CEST is 21:30 UTC.
		assertThat(IsoWeek.of(Instant.parse("2026-03-29T21:30:00Z"), OSLO)).isEqualTo(new IsoWeek(2026, 13));
		assertThat(IsoWeek.of(Instant.parse("2026-03-29T22:10:00Z"), OSLO)).isEqualTo(new IsoWeek(2026, 14));
		// Winter time starts Sunday 25 October 2026: 23:30 CET is 22:30 UTC.
		assertThat(IsoWeek.of(Instant.parse("2026-10-25T22:30:00Z"), OSLO)).isEqualTo(new IsoWeek(2026, 43));
		assertThat(IsoWeek.of(Instant.parse("2026-10-25T23:10:00Z"), OSLO)).isEqualTo(new IsoWeek(2026, 44));
		assertThat(new IsoWeek(2026, 13).monday()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(new IsoWeek(2026, 13).weeksUntil(new IsoWeek(2026, 14))).isEqualTo(1);
	}

	@Test
	void weekFiftyThreeAndTheTurnOfTheYear() {
		assertThat(IsoWeek.of(LocalDate.of(2026, 12, 31))).isEqualTo(new IsoWeek(2026, 53));
		assertThat(IsoWeek.of(LocalDate.of(2027, 1, 3))).isEqualTo(new IsoWeek(2026, 53));
		assertThat(IsoWeek.of(LocalDate.of(2027, 1, 4))).isEqualTo(new IsoWeek(2027, 1));
		assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).isEqualTo(new IsoWeek(2025, 1));
		assertThat(new IsoWeek(2026, 53).monday()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(new IsoWeek(2026, 53).sunday()).isEqualTo(LocalDate.of(2027, 1, 3));
		assertThat(new IsoWeek(2026, 53).plus(1)).isEqualTo(new IsoWeek(2027, 1));
		assertThat(new IsoWeek(2026, 52).weeksUntil(new IsoWeek(2027, 2))).isEqualTo(3);
		assertThatThrownBy(() -> new IsoWeek(2025, 53)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsAndWritesTheIsoNotation() {
		assertThat(IsoWeek.parse("2026-W07")).isEqualTo(new IsoWeek(2026, 7));
		assertThat(new IsoWeek(2026, 7)).hasToString("2026-W07");
		assertThat(IsoWeek.parse("2025-W53")).isNull();
		assertThat(IsoWeek.parse("nonsense")).isNull();
		assertThat(IsoWeek.parse(null)).isNull();
		assertThat(new IsoWeek(2026, 47).contains(LocalDate.of(2026, 11, 22))).isTrue();
		assertThat(new IsoWeek(2026, 47).contains(LocalDate.of(2026, 11, 23))).isFalse();
	}

	@Test
	void agreesWithTheJdkOnEveryDayFrom1900To2100() {
		// The arithmetic (the Thursday's year and day of year; Monday on or before 4
		// January) checked day by day against java.time's generic ISO fields.
		IsoWeek previous = null;
		for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2100; day = day.plusDays(1)) {
			IsoWeek week = IsoWeek.of(day);
			assertThat(week.year()).as("%s", day).isEqualTo(day.get(IsoFields.WEEK_BASED_YEAR));
			assertThat(week.week()).as("%s", day).isEqualTo(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			assertThat(week.contains(day)).as("%s", day).isTrue();
			if (day.getDayOfWeek().getValue() == 1) {
				assertThat(week.monday()).isEqualTo(day);
				if (previous != null) {
					assertThat(previous.plus(1)).isEqualTo(week);
					assertThat(week.plus(-1)).isEqualTo(previous);
					assertThat(previous.compareTo(week)).isNegative();
					assertThat(week.compareTo(previous)).isPositive();
					assertThat(previous.weeksUntil(week)).isEqualTo(1);
				}
				previous = week;
			}
		}
		for (int year = 1900; year < 2100; year++) {
			long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
			assertThat(IsoWeek.weeksIn(year)).as("weeks in %d", year).isEqualTo(weeks);
		}
		assertThat(new IsoWeek(2020, 10).weeksUntil(new IsoWeek(2026, 10)))
			.isEqualTo(ChronoUnit.WEEKS.between(new IsoWeek(2020, 10).monday(), new IsoWeek(2026, 10).monday()));
		assertThat(new IsoWeek(2026, 10).plus(0)).isEqualTo(new IsoWeek(2026, 10));
	}

}
