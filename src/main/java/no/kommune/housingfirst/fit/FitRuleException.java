package no.kommune.housingfirst.fit;

import no.kommune.housingfirst.shared.BrokenRuleException;

/** A FIT session that breaks a rule; names the form field and the message key. */
public class FitRuleException extends BrokenRuleException {

	public FitRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	/**
	 * Throws this exception, with the message next to the field (null: the whole form),
	 * unless the condition holds.
	 */
	public static void require(boolean condition, String field, String messageKey, Object... arguments) {
		if (!condition) {
			throw new FitRuleException(field, messageKey, arguments);
		}
	}

}
