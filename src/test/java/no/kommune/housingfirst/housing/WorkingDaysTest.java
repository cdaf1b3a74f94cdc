package no.kommune.housingfirst.housing;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allocation meeting's three-working-day clock against known Norwegian calendars. */
class WorkingDaysTest {

	@ParameterizedTest(name = "Easter {0} is {1}")
	@CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
			"2029, 2029-04-01", "2030, 2030-04-21", "2038, 2038-04-25", "2285, 2285-03-22" })
	void easterIsComputed(int year, LocalDate easter) {
		assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
	}

	@ParameterizedTest(name = "allocated {0} → meeting due {1}")
	@CsvSource({
			// Wednesday before Easter 2026: Maundy Thursday, Good Friday, the weekend and
			// Easter
			// Monday are all off, so the third working day is the Thursday after Easter
			// Monday.
			"2026-04-01, 2026-04-09",
			// An ordinary Monday and a Friday over a weekend.
			"2026-11-23, 2026-11-26", "2026-11-20, 2026-11-25",
			// Around 17 May (a Sunday in 2026, a Monday in 2027, a Wednesday in 2028).
			"2027-05-13, 2027-05-19", "2028-05-15, 2028-05-19",
			// Around Christmas and New Year.
			"2026-12-23, 2026-12-29", "2027-12-22, 2027-12-27", "2029-12-24, 2029-12-31", "2024-12-30, 2025-01-03",
			// Ascension Day 2025 (29 May) and Whit Monday 2025 (9 June).
			"2025-05-27, 2025-06-02", "2025-06-05, 2025-06-11",
			// 1 May 2030 (Wednesday); Maundy Thursday 2030 is 18 April.
			"2030-04-29, 2030-05-03", "2030-04-16, 2030-04-24",
			// Easter 2024 (31 March) and Ascension 2024 (9 May).
			"2024-03-26, 2024-04-03", "2024-05-07, 2024-05-13" })
	void threeWorkingDaysAfterAllocation(LocalDate allocated, LocalDate due) {
		assertThat(WorkingDays.plusWorkingDays(allocated, 3)).isEqualTo(due);
		assertThat(WorkingDays.between(allocated, due)).isEqualTo(3);
	}

	@Test
	void holidaysAndWeekends() {
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 17))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 5, 17))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Ascension Day 2026").isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25))).as("Whit Monday 2026").isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).as("Christmas Eve is a working day").isTrue();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 21))).as("Saturday").isFalse();
		assertThat(WorkingDays.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1))).isZero();
		assertThatThrownBy(() -> WorkingDays.plusWorkingDays(LocalDate.of(2026, 1, 1), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
