package no.kommune.housingfirst.housing;

/** What kind of home a unit is. Labels: {@code UnitKind.<NAME>}. */
public enum UnitKind {

	MUNICIPAL_RENTAL, PRIVATE_RENTAL, HOUSING_COOPERATIVE, CARE_HOME, OWNED

}
