package no.kommune.housingfirst.shared.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * Checks a passkey assertion after the password: the browser's answer to the challenge
 * Spring Security's {@code /webauthn/authenticate/options} put in the session (each
 * challenge used once), verified by Spring's relying party (signature, origin, relying
 * party id, signature counter).
 */
@Component
public class PasskeyAssertions {

	/** Reads the browser's passkey JSON as Spring Security's own filters do. */
	private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

	private final WebAuthnRelyingPartyOperations operations;

	private final PublicKeyCredentialRequestOptionsRepository challenges = new HttpSessionPublicKeyCredentialRequestOptionsRepository();

	PasskeyAssertions(WebAuthnRelyingPartyOperations operations) {
		this.operations = operations;
	}

	/**
	 * The username the passkey belongs to, or empty when the assertion does not hold (or
	 * there was no challenge in this session).
	 */
	public Optional<String> owner(String body, HttpServletRequest request, HttpServletResponse response) {
		PublicKeyCredentialRequestOptions challenge = this.challenges.load(request);
		this.challenges.save(request, response, null);
		if (challenge == null) {
			return Optional.empty();
		}
		try {
			PublicKeyCredential<AuthenticatorAssertionResponse> credential = JSON.readValue(body,
					new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {
					});
			return Optional
				.of(this.operations.authenticate(new RelyingPartyAuthenticationRequest(challenge, credential))
					.getName());
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
