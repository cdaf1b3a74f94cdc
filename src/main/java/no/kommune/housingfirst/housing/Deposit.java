package no.kommune.housingfirst.housing;

/** How the deposit is covered. Labels: {@code Deposit.<NAME>}. */
public enum Deposit {

	PAID, NAV_GUARANTEE, NONE

}
