package no.kommune.housingfirst.staff;

/** Someone else saved the record after the user opened the form. */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("The record was changed by someone else");
	}

}
