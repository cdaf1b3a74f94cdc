package no.kommune.housingfirst.housing;

/** Where a unit stands. Labels: {@code UnitStatus.<NAME>}. */
public enum UnitStatus {

	AVAILABLE, RESERVED_HF, OFFERED, LET, UNAVAILABLE

}
