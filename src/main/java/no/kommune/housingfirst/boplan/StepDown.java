package no.kommune.housingfirst.boplan;

import java.time.LocalDate;

/**
 * The agreed visit cadence (nedtrapping): weekly unless stepped down from a date, with
 * the criteria agreed and a date to reconsider.
 */
public record StepDown(Cadence cadence, LocalDate from, String criteria, LocalDate reconsiderOn) {

	public static final StepDown WEEKLY = new StepDown(Cadence.WEEKLY, null, null, null);

	public StepDown {
		cadence = (cadence == null) ? Cadence.WEEKLY : cadence;
	}

	public boolean steppedDown() {
		return this.cadence != Cadence.WEEKLY;
	}

}
