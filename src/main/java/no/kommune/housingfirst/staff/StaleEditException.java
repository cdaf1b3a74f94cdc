package no.kommune.housingfirst.staff;

import no.kommune.housingfirst.shared.StaleFormException;

/** Someone else saved the record after the user opened the form. */
public class StaleEditException extends StaleFormException {

	public StaleEditException() {
		super("staff.form.stale");
	}

}
