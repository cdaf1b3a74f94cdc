package no.kommune.housingfirst.shared.security;

import java.time.Clock;

import no.kommune.housingfirst.shared.web.StaticFiles;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Form login, headers, CSRF and the route policy. Sessions live in PostgreSQL (Spring
 * Session JDBC), so the same login works on every app instance.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: every script and stylesheet is a file of ours.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * No observations of the security filters, authentications or authorizations: they
	 * wrapped each of the chain's filters on every request, a stylesheet included, and
	 * recorded what nobody reads (no metrics or tracing endpoint is exposed; issue 14).
	 * Remove this bean with the rest of a monitoring set-up.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Stylesheets, scripts, images and webjars (GET only): public, with the same headers,
	 * and never a session read or written nor a staff member reloaded, so a file costs no
	 * SQL (issue 14). Everything else goes through {@link #securityFilterChain}.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticFiles.REQUESTS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.disable())
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.anonymous((anonymous) -> anonymous.disable());
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
	}

	@Bean
	@Order(1)
	SecurityFilterChain securityFilterChain(HttpSecurity http, CurrentUserLoader loader, LoginThrottle throttle,
			SecurityProperties properties, SecondFactorProperties secondFactor, EnrolledFactors enrolled, Clock clock,
			RoutePolicy policy, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers,
			ObjectProvider<ClientRegistrationRepository> providers, OidcProperties oidc, UserDetailsService staff,
			ProviderIdentities identities, ApplicationEventPublisher events) throws Exception {
		// After login, back to the page that was asked for, without a "?continue" in the
		// address.
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		// Every redirect by path only: nothing built from the Host header a client sent.
		RelativeRedirectStrategy relative = new RelativeRedirectStrategy();
		SavedRequestAwareAuthenticationSuccessHandler afterLogin = new SavedRequestAwareAuthenticationSuccessHandler();
		afterLogin.setRequestCache(requestCache);
		afterLogin.setRedirectStrategy(relative);
		SimpleUrlAuthenticationFailureHandler failedLogin = new SimpleUrlAuthenticationFailureHandler("/login?error");
		failedLogin.setRedirectStrategy(relative);
		LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
		toLogin.setFavorRelativeUris(true);
		SimpleUrlLogoutSuccessHandler afterLogout = new SimpleUrlLogoutSuccessHandler();
		afterLogout.setDefaultTargetUrl("/login?logout");
		afterLogout.setRedirectStrategy(relative);
		headers(http).authorizeHttpRequests(policy::apply)
			.requestCache((cache) -> cache.requestCache(requestCache))
			.formLogin((form) -> form.loginPage("/login").successHandler(afterLogin).failureHandler(failedLogin))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessHandler(afterLogout))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(toLogin)
				.accessDeniedHandler(new UnknownRouteDeniedHandler(controllers)))
			// Passkeys: Spring's ceremonies, with its own registration page off (ours is
			// the
			// second-factor page) and the relying party from
			// WebAuthnRelyingPartyOperations.
			.webAuthn((passkeys) -> passkeys.rpName(secondFactor.issuer())
				.rpId(secondFactor.rpId())
				.allowedOrigins(secondFactor.origins())
				.disableDefaultRegistrationPage(true))
			.addFilterBefore(new PasskeyGuardFilter(loader, enrolled), LogoutFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new CurrentUserRefreshFilter(loader, properties.absoluteSessionLifetime(), clock),
					AuthorizationFilter.class)
			// All three before authorization is decided, in this order (filters of the
			// same
			// position keep the order they were added in): a person with a password
			// change
			// due is sent to the password page, not refused by a route rule.
			.addFilterBefore(new SecondFactorFilter(secondFactor, policy.frameRoutes()), AuthorizationFilter.class)
			.addFilterBefore(new PasswordChangeFilter(policy.frameRoutes()), AuthorizationFilter.class);
		ClientRegistrationRepository registrations = providers.getIfAvailable();
		if (registrations != null) {
			// The municipality's own login, offered on the login page next to the
			// password.
			OidcStaffLogin provider = new OidcStaffLogin(staff, identities, oidc, afterLogin, events);
			http.oauth2Login((login) -> login.loginPage("/login")
				.authorizationEndpoint((endpoint) -> endpoint
					.authorizationRequestResolver(OidcStaffLogin.knownProvidersOnly(registrations)))
				.authorizedClientRepository(OidcStaffLogin.NO_TOKENS_KEPT)
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(provider.userService()))
				.successHandler(provider)
				.failureHandler(OidcStaffLogin.failureHandler(relative)));
		}
		return http.build();
	}

	/** Passkey users (one per staff member who has a passkey), in PostgreSQL. */
	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	/** Passkeys (public keys only), in PostgreSQL. */
	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	/**
	 * Checks passkey registrations and assertions (webauthn4j); the second-factor page
	 * uses it to check a passkey after the password.
	 */
	@Bean
	WebAuthnRelyingPartyOperations passkeyOperations(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, SecondFactorProperties properties) {
		return new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(properties.rpId()).name(properties.issuer()).build(),
				properties.origins());
	}

	/**
	 * Argon2id with 19 MiB memory, two iterations and one lane: the OWASP minimum
	 * (Spring's own defaults use 16 MiB). Works for long passwords in any script, unlike
	 * bcrypt's 72 bytes.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
	}

	/**
	 * Publishes logins and failures: lockout, throttling and the security log listen to
	 * them.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/** Publishes denials so {@link SecurityEventLog} can record them. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
