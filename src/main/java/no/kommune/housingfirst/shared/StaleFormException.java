package no.kommune.housingfirst.shared;

/**
 * Someone else saved the record after the user opened the form: the save is refused
 * instead of overwriting their change. Carries the message key that says so; each
 * module's stale exception extends this, so one piece of web code answers all of them
 * with the 409 conflict page that keeps what the user typed.
 */
public class StaleFormException extends RuntimeException {

	private final String messageKey;

	public StaleFormException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
