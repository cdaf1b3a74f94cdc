package no.kommune.housingfirst.shared.security;

/**
 * Whether a person has a second factor enrolled. Implemented by the staff module, which
 * keeps them; security asks before it lets a password alone register a passkey.
 */
public interface EnrolledFactors {

	boolean anyEnrolled(long staffMemberId);

}
