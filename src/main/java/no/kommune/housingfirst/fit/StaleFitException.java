package no.kommune.housingfirst.fit;

import no.kommune.housingfirst.shared.StaleFormException;

/** Someone else corrected the session after the user opened it. */
public class StaleFitException extends StaleFormException {

	public StaleFitException() {
		super("fit.form.conflict");
	}

}
