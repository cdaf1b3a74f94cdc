package no.kommune.identityprovider;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for tests of the municipality's login: Spring
 * Authorization Server on a random port of 127.0.0.1, with its own login form, signed ID
 * tokens, discovery and key set, as an Entra ID or ID-porten would answer. People are
 * added by the test, each with the {@code preferred_username} and {@code amr} their ID
 * token carries. It lives outside the app's packages, so that no component scan of the
 * app ever finds it.
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String CLIENT_ID = "housing-first";

	public static final String CLIENT_SECRET = "test-secret-not-for-production";

	private final ConfigurableApplicationContext context;

	private final int port;

	private TestIdentityProvider(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** Starts the provider; the app's redirect address is registered later. */
	public static TestIdentityProvider start() {
		return new TestIdentityProvider(new SpringApplicationBuilder(Server.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"server.servlet.session.cookie.name=IDPSESSION")
			.run());
	}

	/** The issuer, as the app discovers it. */
	public String issuer() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Where the provider sends people back after they have logged in there. */
	public void allowRedirectTo(String redirectUri) {
		var clients = this.context.getBean(InMemoryRegisteredClientRepository.class);
		RegisteredClient client = clients.findByClientId(CLIENT_ID);
		clients.save(RegisteredClient.from(client).redirectUris((uris) -> {
			uris.clear();
			uris.add(redirectUri);
		}).build());
	}

	/**
	 * A person who can log in at the provider with this password; their ID token says
	 * {@code preferred_username} and {@code amr} as given.
	 */
	public void addPerson(String login, String password, String preferredUsername, List<String> amr) {
		this.context.getBean(InMemoryUserDetailsManager.class)
			.createUser(User.withUsername(login).password("{noop}" + password).roles("USER").build());
		this.context.getBean(Server.class).claims.put(login,
				Map.of("preferred_username", preferredUsername, "amr", amr));
	}

	/** What this person's next ID token says (their username claim changed, say). */
	public void changeClaims(String login, String preferredUsername, List<String> amr) {
		this.context.getBean(Server.class).claims.put(login,
				Map.of("preferred_username", preferredUsername, "amr", amr));
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** Only what a provider needs: Tomcat, the filter chain, and the server's parts. */
	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class })
	static class Server {

		final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();

		@Bean
		SecurityFilterChain provider(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer((server) -> server.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryRegisteredClientRepository clients() {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://localhost/not-yet-known")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		InMemoryUserDetailsManager people() {
			return new InMemoryUserDetailsManager();
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
			return (context) -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					this.claims.getOrDefault(context.getPrincipal().getName(), Map.of())
						.forEach((name, value) -> context.getClaims().claim(name, value));
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		/**
		 * The user info endpoint checks the access tokens it is shown with the same keys.
		 */
		@Bean
		JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
