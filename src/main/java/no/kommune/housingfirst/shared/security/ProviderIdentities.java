package no.kommune.housingfirst.shared.security;

import java.util.Optional;

/**
 * Which staff member a login at the municipality's identity provider is (docs/adr/0013).
 * Implemented by the staff module.
 */
public interface ProviderIdentities {

	/**
	 * The username of the staff member linked to this provider identity; at the first
	 * login through this provider, the staff member with {@code claimedUsername}, who is
	 * then linked. Empty when nobody is linked or named, or when the named staff member
	 * is already linked to another identity of this provider.
	 */
	Optional<String> usernameFor(String issuer, String subject, String claimedUsername);

}
