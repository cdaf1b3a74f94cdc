package no.kommune.housingfirst.shared.security;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a login at the municipality's identity provider (OpenID Connect) becomes a staff
 * member here (docs/adr/0013). The provider itself is configured with Spring Boot's
 * {@code spring.security.oauth2.client.registration.*} and {@code provider.*} properties;
 * with none configured, the login page offers the password only.
 *
 * @param usernameClaim the ID token claim that holds the staff member's username here
 * (Entra ID: {@code preferred_username}, the user principal name)
 * @param usernameDomain a domain taken off the end of that claim
 * ({@code kari.nordmann@kommune.no} becomes {@code kari.nordmann}); empty to compare the
 * whole value
 * @param secondFactorAmr authentication methods ({@code amr}, RFC 8176) that count as a
 * second factor shown at the provider: then the app asks for no code of its own
 * @param secondFactorAcr authentication context classes ({@code acr}) that count as one
 * (ID-porten's substantial and high levels by default)
 */
@ConfigurationProperties("housingfirst.security.oidc")
public record OidcProperties(@DefaultValue("preferred_username") String usernameClaim,
		@DefaultValue("") String usernameDomain, @DefaultValue("mfa") Set<String> secondFactorAmr,
		@DefaultValue("") Set<String> secondFactorAcr) {

	public OidcProperties {
		secondFactorAmr = secondFactorAmr.stream().filter((v) -> !v.isBlank()).collect(Collectors.toUnmodifiableSet());
		secondFactorAcr = secondFactorAcr.stream().filter((v) -> !v.isBlank()).collect(Collectors.toUnmodifiableSet());
		usernameDomain = usernameDomain.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The username here for a claim's value: lower case, with the configured domain taken
	 * off; empty when the value is missing, is not printable ASCII, or belongs to another
	 * domain.
	 */
	public String usernameOf(Object claim) {
		// Printable ASCII only, as usernames here are: no case folding of other scripts
		// (the Kelvin sign lower-cases to a k) and no spaces to strip.
		if (!(claim instanceof String value) || !value.matches("[\\x21-\\x7E]{1,320}")) {
			return "";
		}
		String username = value.toLowerCase(Locale.ROOT);
		if (this.usernameDomain.isEmpty()) {
			return username;
		}
		String suffix = "@" + this.usernameDomain;
		return username.endsWith(suffix) ? username.substring(0, username.length() - suffix.length()) : "";
	}

	/** Whether the provider says it checked a second factor. */
	public boolean secondFactorShown(java.util.Collection<String> amr, String acr) {
		return (amr != null && amr.stream().anyMatch(this.secondFactorAmr::contains))
				|| (acr != null && this.secondFactorAcr.contains(acr));
	}

}
