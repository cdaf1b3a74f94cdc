package no.kommune.housingfirst.housing;

/** Why a tenancy ended. Labels: {@code TenancyEnd.<NAME>}. */
public enum TenancyEnd {

	EVICTION(true), ABANDONMENT(true), MOVED_TO_OTHER_HOME(false), BOUGHT_OWN_HOME(false), MOVED_TO_INSTITUTION(true),
	DECEASED(false);

	private final boolean losesTheHome;

	TenancyEnd(boolean losesTheHome) {
		this.losesTheHome = losesTheHome;
	}

	/**
	 * The participant is without a home of their own afterwards; with follow-up going on,
	 * that is a re-housing.
	 */
	public boolean losesTheHome() {
		return this.losesTheHome;
	}

}
