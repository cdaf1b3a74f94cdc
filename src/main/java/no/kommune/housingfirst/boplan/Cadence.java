package no.kommune.housingfirst.boplan;

/**
 * How often the team visits: weekly unless a step-down is agreed. Monthly is counted as
 * at least one visit with contact in every four weeks. Labels: {@code Cadence.<NAME>}.
 */
public enum Cadence {

	WEEKLY(1), FORTNIGHTLY(2), MONTHLY(4);

	private final int weeks;

	Cadence(int weeks) {
		this.weeks = weeks;
	}

	public int weeks() {
		return this.weeks;
	}

}
