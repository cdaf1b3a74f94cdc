package no.kommune.housingfirst.boplan;

import no.kommune.housingfirst.shared.BrokenRuleException;

/** A plan or agreement that breaks a rule; names the form field and the message key. */
public class BoPlanRuleException extends BrokenRuleException {

	public BoPlanRuleException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	/** Throws this exception, with the message next to the field, unless it holds. */
	public static void require(boolean condition, String field, String messageKey, Object... arguments) {
		if (!condition) {
			throw new BoPlanRuleException(field, messageKey, arguments);
		}
	}

}
