package no.kommune.housingfirst.housing;

/** Why a tenancy ended. Labels: {@code TenancyEnd.<NAME>}. */
public enum TenancyEnd {

	EVICTION, ABANDONMENT, MOVED_TO_OTHER_HOME, BOUGHT_OWN_HOME, MOVED_TO_INSTITUTION, DECEASED

}
