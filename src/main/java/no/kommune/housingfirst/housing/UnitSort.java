package no.kommune.housingfirst.housing;

/**
 * The orders the register can be read in: by district and address, or the soonest
 * available first (units without a "ledig fra" date last). Labels:
 * {@code UnitSort.<NAME>}.
 */
public enum UnitSort {

	DISTRICT, AVAILABLE_FROM

}
