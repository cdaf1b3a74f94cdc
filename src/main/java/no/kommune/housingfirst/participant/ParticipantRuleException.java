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

}
