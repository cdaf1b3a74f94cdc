package no.kommune.housingfirst.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** A session ends after its absolute lifetime, however busy it has been. */
class CurrentUserRefreshFilterTest {

	static final CurrentUser KARI = new CurrentUser(7, "kari", "Kari", null, true, false, Set.of(Role.CASEWORKER),
			Set.of(1L), Set.of(), Set.of());

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSessionOlderThanItsLifetimeEnds() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Clock thirteenHoursLater = Clock
			.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(13)), ZoneOffset.UTC);
		MockHttpServletResponse response = run(session, thirteenHoursLater);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aYoungerSessionGoesOnWithTheFreshRights() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Clock elevenHoursLater = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(11)),
				ZoneOffset.UTC);
		MockHttpServletResponse response = run(session, elevenHoursLater);
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_CASEWORKER", "ROLE_ADMIN");
	}

	private static MockHttpServletResponse run(MockHttpSession session, Clock clock) throws Exception {
		CurrentUser promoted = new CurrentUser(7, "kari", "Kari", null, true, false,
				Set.of(Role.CASEWORKER, Role.ADMIN), Set.of(1L), Set.of(), Set.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(KARI, null, KARI.getAuthorities()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new CurrentUserRefreshFilter(loader(Optional.of(promoted), OptionalLong.of(2)), Duration.ofHours(12), clock)
			.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void anUnmovedEpochKeepsTheSessionsPersonWithoutReloadingThem() throws Exception {
		CurrentUser loaded = KARI.withRightsEpoch(5);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(loaded, null, loaded.getAuthorities()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(new MockHttpSession());
		MockHttpServletResponse response = new MockHttpServletResponse();
		CurrentUserLoader noReload = new CurrentUserLoader() {
			@Override
			public Optional<CurrentUser> reload(long staffMemberId) {
				throw new AssertionError("reloaded although the epoch had not moved");
			}

			@Override
			public OptionalLong rightsEpoch() {
				return OptionalLong.of(5);
			}
		};
		new CurrentUserRefreshFilter(noReload, Duration.ofHours(12), Clock.systemUTC()).doFilter(request, response,
				new MockFilterChain());
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isSameAs(loaded);
	}

	@Test
	void aMovedEpochReloadsAndStampsThePerson() throws Exception {
		MockHttpSession session = new MockHttpSession();
		run(session, Clock.systemUTC());
		CurrentUser now = (CurrentUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
		assertThat(now.rightsEpoch()).isEqualTo(2);
		assertThat(now.hasRole(Role.ADMIN)).isTrue();
	}

	@Test
	void withoutAnEpochEveryRequestReloads() throws Exception {
		CurrentUser deactivated = new CurrentUser(7, "kari", "Kari", null, false, false, Set.of(Role.CASEWORKER),
				Set.of(1L), Set.of(), Set.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(KARI, null, KARI.getAuthorities()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(new MockHttpSession());
		MockHttpServletResponse response = new MockHttpServletResponse();
		new CurrentUserRefreshFilter(loader(Optional.of(deactivated), OptionalLong.empty()), Duration.ofHours(12),
				Clock.systemUTC())
			.doFilter(request, response, new MockFilterChain());
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
	}

	private static CurrentUserLoader loader(Optional<CurrentUser> user, OptionalLong epoch) {
		return new CurrentUserLoader() {
			@Override
			public Optional<CurrentUser> reload(long staffMemberId) {
				return user;
			}

			@Override
			public OptionalLong rightsEpoch() {
				return epoch;
			}
		};
	}

}
