package no.kommune.housingfirst.tenancy;

import java.time.LocalDate;

import no.kommune.housingfirst.housing.WorkingDays;

/**
 * When a complaint must be answered: a number of working days after it was received, with
 * weekends and Norwegian public holidays left out (the housing module's working-day
 * calendar). A complaint answered on its deadline is in time; one unanswered after it is
 * overdue.
 */
public final class ResponseDeadline {

	private ResponseDeadline() {
	}

	public static LocalDate respondBy(LocalDate received, int workingDays) {
		return WorkingDays.plusWorkingDays(received, workingDays);
	}

	/** Unanswered and past its deadline today. */
	public static boolean overdue(LocalDate respondBy, LocalDate answeredOn, LocalDate today) {
		return respondBy != null && answeredOn == null && today.isAfter(respondBy);
	}

	/** Answered, and on or before its deadline. */
	public static boolean answeredInTime(LocalDate respondBy, LocalDate answeredOn) {
		return respondBy != null && answeredOn != null && !answeredOn.isAfter(respondBy);
	}

}
