package no.kommune.housingfirst.visitlog;

/** A visit that breaks a rule; names the form field and the message key. */
public class VisitRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public VisitRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
