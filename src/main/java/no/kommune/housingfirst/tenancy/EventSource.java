package no.kommune.housingfirst.tenancy;

/** Who told of an event. Labels: {@code EventSource.<NAME>}. */
public enum EventSource {

	NEIGHBOUR, HOUSING_BOARD, LANDLORD, HOUSING_SERVICE, TEAM, OTHER

}
