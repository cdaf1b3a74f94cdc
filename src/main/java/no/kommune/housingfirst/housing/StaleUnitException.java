package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.shared.StaleFormException;

/** Someone else saved the unit after the user opened it. */
public class StaleUnitException extends StaleFormException {

	public StaleUnitException() {
		super("housing.unit.stale");
	}

}
