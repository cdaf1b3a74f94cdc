package no.kommune.housingfirst.housing;

/**
 * A step the housing pathway does not allow; carries the message key that explains why.
 */
public class HousingRuleException extends RuntimeException {

	private final String messageKey;

	public HousingRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
