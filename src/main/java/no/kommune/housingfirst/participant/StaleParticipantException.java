package no.kommune.housingfirst.participant;

/** Someone else saved the participant after the user opened the form. */
public class StaleParticipantException extends RuntimeException {

	private final ParticipantDetails current;

	private final int currentVersion;

	public StaleParticipantException(ParticipantDetails current, int currentVersion) {
		super("The participant was changed by someone else");
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
