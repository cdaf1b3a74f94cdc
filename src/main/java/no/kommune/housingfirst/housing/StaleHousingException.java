package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.shared.StaleFormException;

/**
 * Someone else saved the meeting or the tenancy after the user opened it; the form says
 * so instead of overwriting their change.
 */
public class StaleHousingException extends StaleFormException {

	public StaleHousingException() {
		super("housing.stale");
	}

	/** A conflict with its own explanation (a lease someone else signed first). */
	public StaleHousingException(String messageKey) {
		super(messageKey);
	}

}
