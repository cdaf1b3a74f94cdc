package no.kommune.housingfirst.participant;

/** A step the pathway does not allow; carries the message key that explains why. */
public class ParticipantRuleException extends RuntimeException {

	private final String messageKey;

	public ParticipantRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
