package no.kommune.housingfirst.shared.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;

/**
 * The municipality's identity providers that are configured (docs/adr/0013), for the
 * login page's buttons; none when no client registration is set.
 */
@Component
public class LoginProviders {

	private final List<Provider> providers;

	LoginProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		List<Provider> found = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client
						&& client.getScopes().contains(OidcScopes.OPENID)) {
					found.add(new Provider(client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		this.providers = List.copyOf(found);
	}

	public List<Provider> all() {
		return this.providers;
	}

	/** A provider's button: where it goes, and the name people know it by. */
	public record Provider(String id, String name) {
	}

}
