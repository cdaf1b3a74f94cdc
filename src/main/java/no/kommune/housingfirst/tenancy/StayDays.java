package no.kommune.housingfirst.tenancy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Days (nights) of a stay: from the first night to the day of moving out; a stay still
 * going on counts to today. A stay that starts after today has no days yet. Stays of one
 * participant never overlap, so their days add up.
 */
public final class StayDays {

	private StayDays() {
	}

	/** The days of one stay, never negative. */
	public static long of(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate end = (to != null) ? to : today;
		return Math.max(0, ChronoUnit.DAYS.between(from, end));
	}

	/** Whether the stay goes on today: begun, and not moved out of. */
	public static boolean current(LocalDate from, LocalDate to, LocalDate today) {
		return !from.isAfter(today) && (to == null || to.isAfter(today));
	}

	/**
	 * The days of a stay that fall between {@code start} and {@code end} (for instance
	 * between inclusion and moving into a home).
	 */
	public static long within(LocalDate from, LocalDate to, LocalDate today, LocalDate start, LocalDate end) {
		LocalDate stayEnd = (to != null) ? to : today;
		LocalDate a = from.isAfter(start) ? from : start;
		LocalDate b = stayEnd.isBefore(end) ? stayEnd : end;
		return Math.max(0, ChronoUnit.DAYS.between(a, b));
	}

	/** The days of several stays together. */
	public static long total(Collection<? extends Stay> stays, LocalDate today) {
		return stays.stream().mapToLong((s) -> of(s.fromOn(), s.toOn(), today)).sum();
	}

	/** A stay's dates. */
	public interface Stay {

		LocalDate fromOn();

		LocalDate toOn();

	}

}
