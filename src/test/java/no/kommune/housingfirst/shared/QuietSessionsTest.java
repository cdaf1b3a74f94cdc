package no.kommune.housingfirst.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.QueryCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's session store on the real database: a request that only uses its
 * session writes nothing back until its time last used has moved a minute; a real change
 * is written at once; within one request a session saved and asked for again is not read
 * twice, outside one every lookup reads.
 */
@IntegrationTest
class QuietSessionsTest {

	@Autowired
	QuietSessions sessions;

	@Autowired
	org.springframework.session.web.http.SessionRepositoryFilter<?> filter;

	@Test
	void springSessionUsesTheQuietStore() {
		assertThat(this.filter).extracting("sessionRepository").isSameAs(this.sessions);
	}

	@Test
	void usingASessionWithinAMinuteWritesNothingAndReadsItOnce() throws Exception {
		Instant now = Instant.now();
		String id = stored(now.minusSeconds(30));
		AtomicInteger statements = new AtomicInteger();
		inOneRequest(() -> {
			QueryCounter.reset();
			QuietSessions.QuietSession session = this.sessions.findById(id);
			session.setLastAccessedTime(now);
			this.sessions.save(session);
			assertThat(this.sessions.findById(id)).isSameAs(session);
			this.sessions.save(session);
			statements.set(QueryCounter.count());
		});
		assertThat(statements.get()).as("one read, no write").isEqualTo(1);
		assertThat(lastAccessStored(id)).isEqualTo(now.minusSeconds(30).truncatedTo(ChronoUnit.MILLIS));
	}

	@Test
	void aMinuteLaterTheTimeLastUsedIsWritten() throws Exception {
		Instant now = Instant.now();
		String id = stored(now.minusSeconds(61));
		inOneRequest(() -> {
			QuietSessions.QuietSession session = this.sessions.findById(id);
			session.setLastAccessedTime(now);
			this.sessions.save(session);
		});
		assertThat(lastAccessStored(id)).isEqualTo(now.truncatedTo(ChronoUnit.MILLIS));
	}

	@Test
	void aChangedAttributeIsWrittenAtOnce() throws Exception {
		String id = stored(Instant.now());
		inOneRequest(() -> {
			QuietSessions.QuietSession session = this.sessions.findById(id);
			session.setAttribute("valg", "B");
			this.sessions.save(session);
		});
		assertThat((String) this.sessions.findById(id).getAttribute("valg")).isEqualTo("B");
	}

	@Test
	void outsideARequestEveryLookupReads() {
		String id = stored(Instant.now());
		QueryCounter.reset();
		QuietSessions.QuietSession first = this.sessions.findById(id);
		this.sessions.save(first);
		Session second = this.sessions.findById(id);
		assertThat(second).isNotSameAs(first);
		assertThat(QueryCounter.count()).isEqualTo(2);
	}

	@Test
	void aDeletedSessionIsNotHandedOutAgain() throws Exception {
		String id = stored(Instant.now());
		inOneRequest(() -> {
			QuietSessions.QuietSession session = this.sessions.findById(id);
			this.sessions.save(session);
			this.sessions.deleteById(id);
			assertThat(this.sessions.findById(id)).isNull();
		});
	}

	private String stored(Instant lastUsed) {
		QuietSessions.QuietSession session = this.sessions.createSession();
		session.setAttribute("valg", "A");
		session.setLastAccessedTime(lastUsed);
		this.sessions.save(session);
		return session.getId();
	}

	private Instant lastAccessStored(String id) {
		return this.sessions.findById(id).getLastAccessedTime();
	}

	private static void inOneRequest(Runnable work) throws Exception {
		new QuietSessions.RequestScope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> work.run());
	}

}
