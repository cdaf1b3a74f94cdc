package no.kommune.housingfirst.housing;

/**
 * How long a lease runs; Housing First leases are often five years (ordinary three).
 * Labels: {@code LeaseTerm.<NAME>}.
 */
public enum LeaseTerm {

	THREE_YEARS, FIVE_YEARS, INDEFINITE, OTHER

}
