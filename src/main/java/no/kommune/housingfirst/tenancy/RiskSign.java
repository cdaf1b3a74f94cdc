package no.kommune.housingfirst.tenancy;

/**
 * A sign that a home may be lost. Labels: {@code RiskSign.<NAME>} (each takes the count
 * and the window's days).
 */
public enum RiskSign {

	COMPLAINTS, RENT_ARREARS, DAMAGE, LANDLORD_WARNING, HOME_CONCERNS, MISSED_WEEKS, ORS_DETERIORATION

}
