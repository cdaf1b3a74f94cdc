package no.kommune.housingfirst.shared.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The municipality's own login (OpenID Connect) next to the app's passwords
 * (docs/adr/0013). The provider says who the person is; the staff register says whether
 * they may come in and what they may do. After the provider's answer the session holds
 * the same {@link CurrentUser} a password login gives, so every rule, filter and page
 * works as for a password, plus {@code FACTOR_AUTHORIZATION_CODE}, and
 * {@link SecondFactor#PROVIDER_MFA} when the provider says it checked a second factor. No
 * token from the provider is kept: the app needs none after the login.
 */
final class OidcStaffLogin implements AuthenticationSuccessHandler {

	static final String UNKNOWN_STAFF_MEMBER = "unknown_staff_member";

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	private final UserDetailsService staff;

	private final ProviderIdentities identities;

	private final OidcProperties properties;

	private final AuthenticationSuccessHandler afterLogin;

	private final ApplicationEventPublisher events;

	private final OidcUserService provider = new OidcUserService();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	OidcStaffLogin(UserDetailsService staff, ProviderIdentities identities, OidcProperties properties,
			AuthenticationSuccessHandler afterLogin, ApplicationEventPublisher events) {
		this.staff = staff;
		this.identities = identities;
		this.properties = properties;
		this.afterLogin = afterLogin;
		this.events = events;
	}

	/**
	 * The provider's person (its ID token checked by Spring: signature, issuer, audience,
	 * expiry, nonce), matched to an active staff member here: by the link of its issuer
	 * and subject, made at its first login by the configured username claim
	 * ({@link ProviderIdentities}).
	 */
	OAuth2UserService<OidcUserRequest, OidcUser> userService() {
		return (request) -> {
			OidcUser person = this.provider.loadUser(request);
			String claimed = this.properties.usernameOf(person.getClaims().get(this.properties.usernameClaim()));
			String username = this.identities
				.usernameFor(String.valueOf(person.getIssuer()), person.getSubject(), claimed)
				.orElse("");
			CurrentUser member = staffMember(username);
			if (member == null || !member.isEnabled()) {
				log.warn("login failed via provider={} subject={} reason={}",
						request.getClientRegistration().getRegistrationId(), safe(person.getSubject()),
						(member == null) ? "no staff member" : "deactivated");
				throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_STAFF_MEMBER));
			}
			return new StaffMemberOidcUser(person, member);
		};
	}

	private CurrentUser staffMember(String username) {
		if (username.isEmpty()) {
			return null;
		}
		try {
			CurrentUser member = (CurrentUser) this.staff.loadUserByUsername(username);
			member.eraseCredentials();
			return member;
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	/**
	 * Replaces the provider's authentication by the staff member's, with the factors the
	 * login showed, and carries on as a password login does.
	 */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		StaffMemberOidcUser person = (StaffMemberOidcUser) authentication.getPrincipal();
		List<GrantedAuthority> authorities = new ArrayList<>(person.member().getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		boolean secondFactor = this.properties.secondFactorShown(person.getAuthenticationMethods(),
				person.getAuthenticationContextClass());
		if (secondFactor) {
			authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.PROVIDER_MFA));
		}
		var login = UsernamePasswordAuthenticationToken.authenticated(person.member(), null, authorities);
		login.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(login);
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
		log.info("login via provider={} user={} providerSecondFactor={}",
				((OAuth2AuthenticationToken) authentication).getAuthorizedClientRegistrationId(),
				person.member().getUsername(), secondFactor);
		this.events.publishEvent(new AuthenticationSuccessEvent(login));
		this.afterLogin.onAuthenticationSuccess(request, response, login);
	}

	/**
	 * Back to the login page: with its own message when the provider knew the person and
	 * we do not (or no longer), with a general one when the login did not complete.
	 */
	static AuthenticationFailureHandler failureHandler(org.springframework.security.web.RedirectStrategy redirects) {
		SimpleUrlAuthenticationFailureHandler unknown = new SimpleUrlAuthenticationFailureHandler(
				"/login?provider-unknown");
		unknown.setRedirectStrategy(redirects);
		SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler(
				"/login?provider-error");
		failed.setRedirectStrategy(redirects);
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			if (exception instanceof OAuth2AuthenticationException oauth
					&& UNKNOWN_STAFF_MEMBER.equals(oauth.getError().getErrorCode())) {
				unknown.onAuthenticationFailure(request, response, exception);
			}
			else {
				log.warn("login via provider not completed reason={}",
						(exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
								: exception.getClass().getSimpleName());
				failed.onAuthenticationFailure(request, response, exception);
			}
		};
	}

	/**
	 * Off to a configured provider; any other name after {@code /oauth2/authorization/}
	 * is no route (404), not an error.
	 */
	static OAuth2AuthorizationRequestResolver knownProvidersOnly(ClientRegistrationRepository registrations) {
		var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				try {
					return resolver.resolve(request);
				}
				catch (IllegalArgumentException unknownProvider) {
					return null;
				}
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				try {
					return resolver.resolve(request, registrationId);
				}
				catch (IllegalArgumentException unknownProvider) {
					return null;
				}
			}

		};
	}

	/** The provider's tokens are not kept anywhere: the login is all the app needs. */
	static final OAuth2AuthorizedClientRepository NO_TOKENS_KEPT = new OAuth2AuthorizedClientRepository() {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
			// Nothing kept.
		}

		@Override
		public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
				HttpServletResponse response) {
			// Nothing kept.
		}

	};

	private static String safe(String value) {
		return (value == null) ? "" : value.replaceAll("[^\\w@.\\-]", "_");
	}

	/**
	 * The provider's person with the staff member they are here; lives only for the
	 * length of the login request.
	 */
	static final class StaffMemberOidcUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final transient CurrentUser member;

		StaffMemberOidcUser(OidcUser person, CurrentUser member) {
			super(person.getAuthorities(), person.getIdToken(), person.getUserInfo());
			this.member = member;
		}

		CurrentUser member() {
			return this.member;
		}

	}

}
