package no.kommune.housingfirst.housing;

/**
 * Why an allocation did not become a home. Labels: {@code AllocationRelease.<NAME>}.
 */
public enum AllocationRelease {

	PARTICIPANT_CHANGED_MIND, UNIT_NOT_READY, LANDLORD_WITHDREW, OTHER

}
