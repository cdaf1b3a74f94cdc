package no.kommune.housingfirst.fidelity;

import java.util.Arrays;
import java.util.List;

/**
 * The items of the self-assessment, each in its domain, scored 1 (far from the model) to
 * 4 (the model fully). The items with a {@link Measure} are pre-filled from the app's
 * data. Labels: {@code FidelityItem.<NAME>} and {@code FidelityItem.<NAME>.help}.
 */
public enum FidelityItem {

	CHOICE_OF_UNITS(FidelityDomain.HOUSING_CHOICE, Measure.PERCENT_WITH_CHOICE),
	SCATTERED_HOUSING(FidelityDomain.HOUSING_CHOICE, Measure.PERCENT_SCATTERED),
	TIME_TO_HOUSING(FidelityDomain.HOUSING_CHOICE, Measure.MEDIAN_DAYS),
	AFFORDABLE_RENT(FidelityDomain.HOUSING_CHOICE, null), NO_READINESS_CONDITION(FidelityDomain.SEPARATION, null),
	STANDARD_LEASE(FidelityDomain.SEPARATION, null), REHOUSING_WITHOUT_LOSS(FidelityDomain.SEPARATION, null),
	PARTICIPANT_CHOICE(FidelityDomain.PHILOSOPHY, null), HARM_REDUCTION(FidelityDomain.PHILOSOPHY, null),
	RECOVERY_ORIENTATION(FidelityDomain.PHILOSOPHY, null),
	VISIT_FREQUENCY(FidelityDomain.SERVICE_ARRAY, Measure.VISITS_PER_WEEK),
	SUBSTANCE_USE_SERVICES(FidelityDomain.SERVICE_ARRAY, null), EMPLOYMENT_ACTIVITY(FidelityDomain.SERVICE_ARRAY, null),
	CASELOAD_RATIO(FidelityDomain.TEAM, Measure.PARTICIPANTS_PER_CASEWORKER), TEAM_MEETINGS(FidelityDomain.TEAM, null),
	PARTICIPANT_VOICE(FidelityDomain.TEAM, null);

	/**
	 * What is measured for a pre-filled item. Labels:
	 * {@code FidelityItem.Measure.<NAME>}.
	 */
	public enum Measure {

		PERCENT_WITH_CHOICE, PERCENT_SCATTERED, MEDIAN_DAYS, VISITS_PER_WEEK, PARTICIPANTS_PER_CASEWORKER

	}

	public static final int LOWEST = 1;

	public static final int HIGHEST = 4;

	private final FidelityDomain domain;

	private final Measure measure;

	FidelityItem(FidelityDomain domain, Measure measure) {
		this.domain = domain;
		this.measure = measure;
	}

	public FidelityDomain domain() {
		return this.domain;
	}

	/** What the app measures for this item, or null when the team scores it alone. */
	public Measure measure() {
		return this.measure;
	}

	public boolean prefilled() {
		return this.measure != null;
	}

	public static List<FidelityItem> in(FidelityDomain domain) {
		return Arrays.stream(values()).filter((i) -> i.domain == domain).toList();
	}

	/** The scores an item can get, lowest first. */
	public static List<Integer> scores() {
		return List.of(1, 2, 3, 4);
	}

}
