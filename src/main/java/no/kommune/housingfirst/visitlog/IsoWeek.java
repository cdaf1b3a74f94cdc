package no.kommune.housingfirst.visitlog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
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
		LocalDate probe = LocalDate.of(year, 6, 1)
			.with(IsoFields.WEEK_BASED_YEAR, year)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1);
		long weeksInYear = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		if (week < 1 || week > weeksInYear) {
			throw new IllegalArgumentException("No week " + week + " in " + year);
		}
	}

	public static IsoWeek of(LocalDate date) {
		return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
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

	public LocalDate monday() {
		return LocalDate.of(this.year, 1, 4)
			.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, this.week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(monday()) && !date.isAfter(sunday());
	}

	public IsoWeek plus(long weeks) {
		return of(monday().plusWeeks(weeks));
	}

	/** Whole weeks from this week to the other (negative when the other is earlier). */
	public long weeksUntil(IsoWeek other) {
		return ChronoUnit.WEEKS.between(monday(), other.monday());
	}

	@Override
	public int compareTo(IsoWeek other) {
		return monday().compareTo(other.monday());
	}

	@Override
	public String toString() {
		return String.format("%d-W%02d", this.year, this.week);
	}

}
