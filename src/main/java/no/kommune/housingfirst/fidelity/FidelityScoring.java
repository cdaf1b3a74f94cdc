package no.kommune.housingfirst.fidelity;

import java.math.BigDecimal;

/**
 * The score the measured figure suggests for a pre-filled item, by thresholds close to
 * the Pathways scale's and to the Norwegian goals (DOMAIN.md): choice between two or more
 * units and scattered housing as a share of participants; days to housing against the six
 * weeks of Housing First and the national three months; at least one visit a week; 10-15
 * participants per caseworker. The team may always score otherwise.
 */
public final class FidelityScoring {

	private FidelityScoring() {
	}

	/** The suggested score 1-4, or null when nothing was measured. */
	public static Integer suggested(FidelityItem.Measure measure, BigDecimal measured) {
		if (measure == null || measured == null) {
			return null;
		}
		double v = measured.doubleValue();
		return switch (measure) {
			case PERCENT_WITH_CHOICE, PERCENT_SCATTERED -> (v >= 90) ? 4 : (v >= 75) ? 3 : (v >= 50) ? 2 : 1;
			case MEDIAN_DAYS -> (v <= 42) ? 4 : (v <= 90) ? 3 : (v <= 180) ? 2 : 1;
			case VISITS_PER_WEEK -> (v >= 1.0) ? 4 : (v >= 0.75) ? 3 : (v >= 0.5) ? 2 : 1;
			case PARTICIPANTS_PER_CASEWORKER -> (v <= 10) ? 4 : (v <= 15) ? 3 : (v <= 20) ? 2 : 1;
		};
	}

}
