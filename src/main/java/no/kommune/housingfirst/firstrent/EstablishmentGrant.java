package no.kommune.housingfirst.firstrent;

/**
 * NAV's decision on the establishment grant (etableringstilskudd). Labels:
 * {@code EstablishmentGrant.<NAME>}.
 */
public enum EstablishmentGrant {

	GRANTED, REFUSED, NOT_APPLIED, PENDING

}
