package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.shared.BrokenRuleException;

/**
 * A step the housing pathway does not allow; carries the message key that explains why.
 */
public class HousingRuleException extends BrokenRuleException {

	public HousingRuleException(String messageKey) {
		super(messageKey);
	}

	/** A rule broken by one field of the form. */
	public HousingRuleException(String field, String messageKey) {
		super(field, messageKey);
	}

}
