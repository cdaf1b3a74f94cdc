package no.kommune.housingfirst.housing;

/** Someone else saved the unit after the user opened it. */
public class StaleUnitException extends RuntimeException {

	public StaleUnitException() {
		super("The unit was changed by someone else");
	}

}
