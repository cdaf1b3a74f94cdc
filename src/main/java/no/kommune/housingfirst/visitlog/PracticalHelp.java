package no.kommune.housingfirst.visitlog;

/** Practical help given on the visit. Labels: {@code PracticalHelp.<NAME>}. */
public enum PracticalHelp {

	MOVING, PURCHASES, CLEANING, MAINTENANCE, FINANCES, ESCORT

}
