package no.kommune.housingfirst.boplan;

import no.kommune.housingfirst.shared.StaleFormException;

/**
 * Someone saved a newer version of the plan (or of the follow-up agreement) after the
 * user opened the form: nothing is merged, the user's text is kept.
 */
public class StaleBoPlanException extends StaleFormException {

	private final int currentVersion;

	public StaleBoPlanException(String messageKey, int currentVersion) {
		super(messageKey);
		this.currentVersion = currentVersion;
	}

	public int currentVersion() {
		return this.currentVersion;
	}

}
