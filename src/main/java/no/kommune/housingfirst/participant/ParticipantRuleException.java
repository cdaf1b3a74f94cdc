package no.kommune.housingfirst.participant;

import no.kommune.housingfirst.shared.BrokenRuleException;

/** A step the pathway does not allow; carries the message key that explains why. */
public class ParticipantRuleException extends BrokenRuleException {

	public ParticipantRuleException(String messageKey) {
		super(messageKey);
	}

	/** A rule broken by one field of the form. */
	public ParticipantRuleException(String field, String messageKey) {
		super(field, messageKey);
	}

	/** Throws this exception with the message key unless the condition holds. */
	public static void require(boolean condition, String messageKey) {
		if (!condition) {
			throw new ParticipantRuleException(messageKey);
		}
	}

}
