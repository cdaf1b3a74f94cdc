package no.kommune.housingfirst.participant;

import no.kommune.housingfirst.shared.StaleFormException;

/** Someone else saved the participant after the user opened the form. */
public class StaleParticipantException extends StaleFormException {

	private final ParticipantDetails current;

	private final int currentVersion;

	public StaleParticipantException(ParticipantDetails current, int currentVersion) {
		super("participant.form.conflict");
		this.current = current;
		this.currentVersion = currentVersion;
	}

	public ParticipantDetails current() {
		return this.current;
	}

	public int currentVersion() {
		return this.currentVersion;
	}

}
