package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.shared.BrokenRuleException;

/**
 * A step the housing pathway does not allow; carries the message key that explains why.
 */
public class HousingRuleException extends BrokenRuleException {

	public HousingRuleException(String messageKey) {
		super(messageKey);
	}

	/** A rule broken by one field of the form, with the message's arguments. */
	public HousingRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	/** Throws this exception with the message key unless the condition holds. */
	public static void require(boolean condition, String messageKey) {
		if (!condition) {
			throw new HousingRuleException(messageKey);
		}
	}

}
