package no.kommune.housingfirst.shared.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The username a provider's claim names here, and what counts as the provider's second
 * factor.
 */
class OidcPropertiesTest {

	final OidcProperties entra = new OidcProperties("preferred_username", "Bergen.Kommune.no", Set.of("mfa"), Set.of());

	@Test
	void theDomainIsTakenOffAndAnotherDomainMatchesNobody() {
		assertThat(this.entra.usernameOf("Kari.Nordmann@bergen.kommune.no")).isEqualTo("kari.nordmann");
		assertThat(this.entra.usernameOf("kari.nordmann@oslo.kommune.no")).isEmpty();
		assertThat(this.entra.usernameOf("kari.nordmann")).isEmpty();
		assertThat(this.entra.usernameOf(null)).isEmpty();
		assertThat(this.entra.usernameOf(42)).isEmpty();
	}

	@Test
	void onlyPrintableAsciiWithoutSpacesIsAUsername() {
		// The Kelvin sign lower-cases to a Latin k: refused, not folded.
		assertThat(this.entra.usernameOf("\u212Aari@bergen.kommune.no")).isEmpty();
		assertThat(this.entra.usernameOf(" kari@bergen.kommune.no")).isEmpty();
		assertThat(this.entra.usernameOf("kåre@bergen.kommune.no")).isEmpty();
		assertThat(new OidcProperties("preferred_username", "", Set.of("mfa"), Set.of()).usernameOf("Kari"))
			.isEqualTo("kari");
	}

	@Test
	void onlyTheConfiguredMethodsAndLevelsAreASecondFactor() {
		assertThat(this.entra.secondFactorShown(List.of("pwd", "mfa"), null)).isTrue();
		assertThat(this.entra.secondFactorShown(List.of("pwd", "otp"), null)).isFalse();
		assertThat(this.entra.secondFactorShown(null, "idporten-loa-high")).isFalse();
		OidcProperties idporten = new OidcProperties("pid", "", Set.of(), Set.of("idporten-loa-high"));
		assertThat(idporten.secondFactorShown(List.of(), "idporten-loa-high")).isTrue();
		assertThat(idporten.secondFactorShown(List.of(), "idporten-loa-low")).isFalse();
	}

}
