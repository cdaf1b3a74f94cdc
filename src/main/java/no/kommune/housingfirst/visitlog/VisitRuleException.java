package no.kommune.housingfirst.visitlog;

import no.kommune.housingfirst.shared.BrokenRuleException;

/** A visit that breaks a rule; names the form field and the message key. */
public class VisitRuleException extends BrokenRuleException {

	public VisitRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	/**
	 * Throws this exception, with the message next to the field (null: the whole form),
	 * unless the condition holds.
	 */
	public static void require(boolean condition, String field, String messageKey, Object... arguments) {
		if (!condition) {
			throw new VisitRuleException(field, messageKey, arguments);
		}
	}

}
