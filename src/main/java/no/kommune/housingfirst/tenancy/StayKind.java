package no.kommune.housingfirst.tenancy;

/**
 * Where a participant stays while waiting for a home. Labels: {@code StayKind.<NAME>}.
 */
public enum StayKind {

	/** A crisis place (kriseplass): emergency shelter for a short time. */
	CRISIS_PLACE,
	/** Other temporary housing (midlertidig bolig). */
	TEMPORARY_HOUSING

}
