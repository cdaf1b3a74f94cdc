package no.kommune.housingfirst.boplan;

/**
 * Who does something towards a goal; {@link #OTHER} with a name. Labels:
 * {@code Responsible.<NAME>}.
 */
public enum Responsible {

	PARTICIPANT, CASEWORKER, NAV, HOUSING_SERVICE, OTHER

}
