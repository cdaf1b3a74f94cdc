package no.kommune.housingfirst.tenancy;

import java.util.ArrayList;
import java.util.List;

/**
 * The early warning for one tenancy: the signs seen within the window and whether they
 * add up. The rule counts kinds of sign, not events: three complaints are one sign, a
 * complaint and arrears are two. A tenancy is at risk when at least
 * {@link TenancyEventProperties#riskSigns()} kinds are present. Pages show the reasons,
 * never a score.
 */
public record TenancyRisk(List<Reason> reasons, boolean atRisk) {

	/** What was seen in the window, counted. */
	public record Signals(int complaints, int arrears, int damage, int warnings, int homeConcernVisits, int missedWeeks,
			boolean orsDeteriorated) {

	}

	/** One sign and how often it was seen in the window. */
	public record Reason(RiskSign sign, int count) {

		public String messageKey() {
			return "RiskSign." + this.sign.name();
		}

	}

	public static TenancyRisk of(Signals s, TenancyEventProperties limits) {
		List<Reason> reasons = new ArrayList<>();
		add(reasons, RiskSign.COMPLAINTS, s.complaints(), 1);
		add(reasons, RiskSign.RENT_ARREARS, s.arrears(), 1);
		add(reasons, RiskSign.DAMAGE, s.damage(), 1);
		add(reasons, RiskSign.LANDLORD_WARNING, s.warnings(), 1);
		add(reasons, RiskSign.HOME_CONCERNS, s.homeConcernVisits(), 1);
		add(reasons, RiskSign.MISSED_WEEKS, s.missedWeeks(), limits.missedWeeks());
		if (s.orsDeteriorated()) {
			reasons.add(new Reason(RiskSign.ORS_DETERIORATION, 1));
		}
		return new TenancyRisk(List.copyOf(reasons), reasons.size() >= limits.riskSigns());
	}

	private static void add(List<Reason> reasons, RiskSign sign, int count, int atLeast) {
		if (count >= atLeast) {
			reasons.add(new Reason(sign, count));
		}
	}

}
