package no.kommune.housingfirst.visitlog;

/** The home's condition as seen on the visit. Labels: {@code HomeCondition.<NAME>}. */
public enum HomeCondition {

	FINE, NEEDS_ATTENTION

}
