package no.kommune.housingfirst.shared.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.stereotype.Component;

/**
 * The one way pages write dates and times, as Norwegians write them: {@code 01.12.2026},
 * {@code 01.12.2026 14:05}. Templates call it as {@code ${@dates.day(date)}}; nothing is
 * written for a missing value. Forms keep ISO dates in their fields, which the browser's
 * date input needs.
 */
@Component("dates")
public class Dates {

	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("dd.MM");

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final DateTimeFormatter DAY_AND_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final java.time.ZoneId zone;

	Dates(java.time.Clock clock) {
		this.zone = clock.getZone();
	}

	/** A day: 01.12.2026. */
	public String day(TemporalAccessor date) {
		return format(DAY, date);
	}

	/** A day within a year that is shown elsewhere on the page: 01.12. */
	public String dayAndMonth(TemporalAccessor date) {
		return format(DAY_AND_MONTH, date);
	}

	/** A moment to the minute: 01.12.2026 14:05. */
	public String minute(TemporalAccessor dateTime) {
		return format(DAY_AND_TIME, dateTime);
	}

	/** A moment to the second, for the access log: 01.12.2026 14:05:09. */
	public String second(TemporalAccessor dateTime) {
		return format(DAY_AND_SECONDS, dateTime);
	}

	/** A time of day: 14:05. */
	public String time(TemporalAccessor dateTime) {
		return format(TIME, dateTime);
	}

	/** A moment (an Instant) is written in Norway's time. */
	private String format(DateTimeFormatter formatter, TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return formatter.format((value instanceof java.time.Instant instant) ? instant.atZone(this.zone) : value);
	}

}
