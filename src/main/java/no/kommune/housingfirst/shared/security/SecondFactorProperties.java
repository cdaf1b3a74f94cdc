package no.kommune.housingfirst.shared.security;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who must give a second factor after the password (see {@link SecondFactorFilter}).
 *
 * @param requiredRoles a person holding any of these roles reaches no page with a
 * password alone; every role by default, none in trial mode and in tests (dedicated tests
 * switch it on)
 * @param secretKey the AES-256 key (base64, 32 bytes) that encrypts the authenticator
 * secrets at rest; required when any role needs a second factor
 * @param issuer the name an authenticator app shows above the code, and the passkey's
 * relying party name
 * @param rpId the passkeys' relying party id: the host name people use (no scheme, no
 * port)
 * @param origins where the passkey ceremonies may run, exactly as the browser reports the
 * page's origin (scheme, host and port)
 */
@ConfigurationProperties("housingfirst.security.second-factor")
public record SecondFactorProperties(@DefaultValue( {
		"CASEWORKER", "SECTION_LEADER", "NAV", "HOUSING_OFFICER", "ADMIN", "CARETAKER" }) Set<Role> requiredRoles,
		@DefaultValue("") String secretKey, @DefaultValue("Housing First") String issuer,
		@DefaultValue("localhost") String rpId, @DefaultValue("http://localhost:8080") Set<String> origins){

	public SecondFactorProperties {
		requiredRoles = (requiredRoles != null) ? Set.copyOf(requiredRoles) : Set.of();
		if (!requiredRoles.isEmpty() && (secretKey == null || secretKey.isBlank())) {
			throw new IllegalStateException("housingfirst.security.second-factor.secret-key (HF_SECOND_FACTOR_KEY) "
					+ "must be set when a role needs a second factor: 32 random bytes, base64");
		}
	}

	/** Whether this person must give a second factor. */
	public boolean requiredFor(CurrentUser user) {
		return user.roles().stream().anyMatch(this.requiredRoles::contains);
	}

}
