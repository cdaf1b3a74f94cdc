package no.kommune.housingfirst.staff;

import java.util.List;

/** A new password broke the policy; carries message keys for the form. */
public class PasswordRejectedException extends RuntimeException {

	private final List<String> messageKeys;

	public PasswordRejectedException(List<String> messageKeys) {
		super("Password rejected: " + messageKeys);
		this.messageKeys = List.copyOf(messageKeys);
	}

	public List<String> messageKeys() {
		return this.messageKeys;
	}

}
