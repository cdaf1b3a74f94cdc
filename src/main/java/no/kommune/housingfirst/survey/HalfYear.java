package no.kommune.housingfirst.survey;

import java.time.LocalDate;

/**
 * The survey's results are counted in whole calendar half-years (January–June,
 * July–December), so that two selections never differ by a few days' answers.
 */
final class HalfYear {

	private HalfYear() {
	}

	/** The first day of the half-year {@code day} is in. */
	static LocalDate first(LocalDate day) {
		return LocalDate.of(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 7, 1);
	}

	/** The last day of the half-year {@code day} is in. */
	static LocalDate last(LocalDate day) {
		return (day.getMonthValue() <= 6) ? LocalDate.of(day.getYear(), 6, 30) : LocalDate.of(day.getYear(), 12, 31);
	}

}
