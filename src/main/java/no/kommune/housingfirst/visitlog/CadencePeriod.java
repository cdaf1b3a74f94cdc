package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.List;

/**
 * From this date on, a participant is to be visited with contact at least once in every
 * {@code weeks} ISO weeks (1: weekly, 2: every other week, 4: monthly).
 */
public record CadencePeriod(LocalDate from, int weeks) {

	public CadencePeriod {
		if (weeks < 1) {
			throw new IllegalArgumentException("weeks " + weeks);
		}
	}

	/**
	 * The cadence in force in a week: the latest period begun by the week's Monday;
	 * weekly before any.
	 */
	public static int weeksIn(List<CadencePeriod> periods, IsoWeek week) {
		int weeks = 1;
		for (CadencePeriod period : periods) {
			if (!period.from().isAfter(week.monday())) {
				weeks = period.weeks();
			}
		}
		return weeks;
	}

}
