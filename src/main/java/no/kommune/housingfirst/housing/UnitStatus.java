package no.kommune.housingfirst.housing;

/**
 * Where a unit stands. RESERVED_HF is the housing service's stock set aside for Housing
 * First; ALLOCATED is a unit a participant has chosen, held for them until the lease.
 * Labels: {@code UnitStatus.<NAME>}.
 */
public enum UnitStatus {

	AVAILABLE, RESERVED_HF, OFFERED, ALLOCATED, LET, UNAVAILABLE

}
