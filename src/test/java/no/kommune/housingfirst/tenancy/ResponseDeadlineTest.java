package no.kommune.housingfirst.tenancy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response deadline in working days, counted by hand on the 2026 calendar: Easter
 * Sunday is 5 April (Maundy Thursday 2, Good Friday 3, Easter Monday 6 April), Ascension
 * Day 14 May, Christmas Day a Friday.
 */
class ResponseDeadlineTest {

	@Test
	void fiveWorkingDaysSkipTheEasterHolidays() {
		// Tue 31.3 received: Wed 1.4 (1); 2, 3 holidays; 4, 5 weekend; 6 Easter Monday;
		// 7 (2), 8 (3), 9 (4), Fri 10.4 (5).
		assertThat(ResponseDeadline.respondBy(LocalDate.of(2026, 3, 31), 5)).isEqualTo(LocalDate.of(2026, 4, 10));
	}

	@Test
	void ascensionDayIsNoWorkingDay() {
		// Wed 13.5: Thu 14.5 Ascension; Fri 15 (1), Mon 18 (2), 19 (3), 20 (4), Thu 21.5
		// (5).
		assertThat(ResponseDeadline.respondBy(LocalDate.of(2026, 5, 13), 5)).isEqualTo(LocalDate.of(2026, 5, 21));
	}

	@Test
	void christmasEveIsAWorkingDayButChristmasIsNot() {
		// Mon 21.12: 22 (1), 23 (2), Thu 24 (3), 25 holiday, 26-27 weekend, 28 (4), Tue
		// 29.12 (5).
		assertThat(ResponseDeadline.respondBy(LocalDate.of(2026, 12, 21), 5)).isEqualTo(LocalDate.of(2026, 12, 29));
	}

	@Test
	void theNumberOfDaysIsTheMunicipalitysOwn() {
		// Tue 31.3 with three working days: 1.4, 7.4, 8.4.
		assertThat(ResponseDeadline.respondBy(LocalDate.of(2026, 3, 31), 3)).isEqualTo(LocalDate.of(2026, 4, 8));
	}

	@Test
	void answeredOnTheDeadlineIsInTimeTheDayAfterIsLate() {
		LocalDate deadline = LocalDate.of(2026, 4, 10);
		assertThat(ResponseDeadline.answeredInTime(deadline, deadline)).isTrue();
		assertThat(ResponseDeadline.answeredInTime(deadline, LocalDate.of(2026, 4, 13))).isFalse();
		assertThat(ResponseDeadline.overdue(deadline, null, deadline)).isFalse();
		assertThat(ResponseDeadline.overdue(deadline, null, LocalDate.of(2026, 4, 11))).isTrue();
		assertThat(ResponseDeadline.overdue(deadline, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 20))).isFalse();
	}

}
