package no.kommune.housingfirst.visitlog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week (Monday to Sunday; week 1 holds the year's first Thursday). Visits
 * count by the ISO week of their Oslo date, so a visit late on a Sunday evening belongs
 * to that week and one just after midnight to the next.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{1,2})");

	public IsoWeek {
		if (week < 1 || week > weeksIn(year)) {
			throw new IllegalArgumentException("No week " + week + " in " + year);
		}
	}

	/**
	 * 53 when the year begins on a Thursday, or on a Wednesday in a leap year; 52
	 * otherwise. Plain arithmetic rather than {@code IsoFields}: dashboards do this for
	 * thousands of participant-weeks per page.
	 */
	static int weeksIn(int year) {
		DayOfWeek first = LocalDate.of(year, 1, 1).getDayOfWeek();
		return (first == DayOfWeek.THURSDAY || (first == DayOfWeek.WEDNESDAY && Year.isLeap(year))) ? 53 : 52;
	}

	/** The week of a date: the week-based year and week of that week's Thursday. */
	public static IsoWeek of(LocalDate date) {
		LocalDate thursday = date.plusDays(DayOfWeek.THURSDAY.getValue() - date.getDayOfWeek().getValue());
		return new IsoWeek(thursday.getYear(), (thursday.getDayOfYear() - 1) / 7 + 1);
	}

	public static IsoWeek of(Instant instant, ZoneId zone) {
		return of(instant.atZone(zone).toLocalDate());
	}

	/** Parses {@code 2026-W07}; null when the text is not a week. */
	public static IsoWeek parse(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		try {
			return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The Monday of week 1 is the Monday on or before 4 January. */
	public LocalDate monday() {
		LocalDate january4 = LocalDate.of(this.year, 1, 4);
		return january4.plusDays(7L * (this.week - 1) - (january4.getDayOfWeek().getValue() - 1));
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(monday()) && !date.isAfter(sunday());
	}

	public IsoWeek plus(long weeks) {
		return (weeks == 0) ? this : of(monday().plusWeeks(weeks));
	}

	/** Whole weeks from this week to the other (negative when the other is earlier). */
	public long weeksUntil(IsoWeek other) {
		return (other.monday().toEpochDay() - monday().toEpochDay()) / 7;
	}

	@Override
	public int compareTo(IsoWeek other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(this.week, other.week);
	}

	@Override
	public String toString() {
		return String.format("%d-W%02d", this.year, this.week);
	}

}
