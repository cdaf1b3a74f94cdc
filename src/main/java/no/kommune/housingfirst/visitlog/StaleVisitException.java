package no.kommune.housingfirst.visitlog;

import no.kommune.housingfirst.shared.StaleFormException;

/** Someone else corrected or voided the visit after the user opened it. */
public class StaleVisitException extends StaleFormException {

	private final VisitDetails current;

	private final int currentVersion;

	public StaleVisitException(VisitDetails current, int currentVersion) {
		this("visitlog.form.conflict", current, currentVersion);
	}

	public StaleVisitException(String messageKey, VisitDetails current, int currentVersion) {
		super(messageKey);
		this.current = current;
		this.currentVersion = currentVersion;
	}

	public VisitDetails current() {
		return this.current;
	}

	public int currentVersion() {
		return this.currentVersion;
	}

}
