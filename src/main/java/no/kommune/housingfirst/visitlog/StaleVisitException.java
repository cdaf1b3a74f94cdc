package no.kommune.housingfirst.visitlog;

import no.kommune.housingfirst.shared.StaleFormException;

/** Someone else corrected the visit after the user opened it. */
public class StaleVisitException extends StaleFormException {

	private final VisitDetails current;

	private final int currentVersion;

	public StaleVisitException(VisitDetails current, int currentVersion) {
		super("visitlog.form.conflict");
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
