package no.kommune.housingfirst.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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
		new CurrentUserRefreshFilter((id) -> Optional.of(promoted), Duration.ofHours(12), clock).doFilter(request,
				response, new MockFilterChain());
		return response;
	}

}
