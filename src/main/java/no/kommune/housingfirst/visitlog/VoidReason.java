package no.kommune.housingfirst.visitlog;

/**
 * Why a visit was voided. {@link #OTHER} needs a comment. Labels:
 * {@code VoidReason.<NAME>}.
 */
public enum VoidReason {

	WRONG_PARTICIPANT, DUPLICATE, DID_NOT_HAPPEN, OTHER

}
