package no.kommune.housingfirst.housing;

/**
 * Who is responsible for a task from the allocation meeting. Labels:
 * {@code Party.<NAME>}.
 */
public enum Party {

	HOUSING_SERVICE, FOLLOW_UP_TEAM, NAV, PARTICIPANT

}
