package no.kommune.housingfirst.housing;

/** Why the participant said no to a unit. Labels: {@code DeclineReason.<NAME>}. */
public enum DeclineReason {

	DISTRICT, SIZE, CONDITION, NEIGHBOURHOOD, OTHER

}
