package no.kommune.housingfirst.visitlog;

/**
 * What needs attention in the home, so the team can step in early. Labels:
 * {@code Concern.<NAME>}.
 */
public enum Concern {

	DAMAGE, HAZARD, HYGIENE, PESTS, NEIGHBOUR_COMPLAINT

}
