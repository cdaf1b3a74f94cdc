package no.kommune.housingfirst.housing;

/**
 * Someone else saved the meeting or the tenancy after the user opened it; the form says
 * so instead of overwriting their change.
 */
public class StaleHousingException extends HousingRuleException {

	public StaleHousingException() {
		super("housing.stale");
	}

}
