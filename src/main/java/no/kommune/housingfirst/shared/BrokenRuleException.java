package no.kommune.housingfirst.shared;

/**
 * A step a domain rule does not allow. Carries the message key that explains why, its
 * arguments, and the form field it belongs to (null: the whole form). Each module's rule
 * exception extends this, so one piece of web code can put any of them next to the right
 * field ({@code FormInput.reject(BrokenRuleException)}).
 */
public class BrokenRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public BrokenRuleException(String messageKey) {
		this(null, messageKey);
	}

	public BrokenRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The form field the message belongs next to; null for the whole form. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
