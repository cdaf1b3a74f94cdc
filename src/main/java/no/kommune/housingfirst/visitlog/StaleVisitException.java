package no.kommune.housingfirst.visitlog;

/** Someone else corrected the visit after the user opened it. */
public class StaleVisitException extends RuntimeException {

	private final VisitDetails current;

	private final int currentVersion;

	public StaleVisitException(VisitDetails current, int currentVersion) {
		super("The visit was corrected by someone else");
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
