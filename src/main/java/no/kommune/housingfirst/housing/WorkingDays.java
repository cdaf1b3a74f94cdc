package no.kommune.housingfirst.housing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Norwegian working days: not Saturday or Sunday, and not a public holiday (helligdag) —
 * 1 January, 1 May, 17 May, 25 and 26 December, and the days that move with Easter:
 * Maundy Thursday, Good Friday, Easter Monday, Ascension Day and Whit Monday (Easter
 * Sunday and Whit Sunday are Sundays anyway). Easter is computed, not listed, so every
 * year works.
 */
public final class WorkingDays {

	private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17),
			MonthDay.of(12, 25), MonthDay.of(12, 26));

	private WorkingDays() {
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

	public static boolean isPublicHoliday(LocalDate date) {
		if (FIXED.contains(MonthDay.from(date))) {
			return true;
		}
		long fromEaster = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
		return fromEaster == -3 || fromEaster == -2 || fromEaster == 0 || fromEaster == 1 || fromEaster == 39
				|| fromEaster == 49 || fromEaster == 50;
	}

	public static boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
	}

	/**
	 * The working day that is {@code count} working days after {@code from} (not counting
	 * it).
	 */
	public static LocalDate plusWorkingDays(LocalDate from, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		LocalDate date = from;
		int left = count;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; 0 when not later.
	 */
	public static int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

}
