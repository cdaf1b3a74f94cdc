package no.kommune.housingfirst.shared;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session's JDBC repository, writing and reading less (issue 14). Every request
 * used to write its session back only to move the time it was last used, and to read it
 * twice when the page was large enough to be sent before the request ended (the session
 * is saved when the response is committed and again at the end, and the second save reads
 * the session once more to compare its id). Here:
 * <ul>
 * <li>the time last used is written only when it has moved by at least
 * {@link #ACCESS_RESOLUTION}, so a session ends after 29 to 30 minutes of rest instead of
 * exactly 30; any other change (signing in, a new attribute, a new id) is written at
 * once, as before;</li>
 * <li>within one request, a session asked for again after it was saved is the one just
 * saved, not a second read ({@link RequestScope} marks the request; outside one, every
 * lookup reads).</li>
 * </ul>
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {

	/** How far the time last used may lag behind before it is written. */
	static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);

	private static final ThreadLocal<Saved> REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> delegate;

	@SuppressWarnings("unchecked")
	QuietSessions(FindByIndexNameSessionRepository<? extends Session> delegate) {
		this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(this.delegate.createSession(), true);
	}

	@Override
	public void save(QuietSession session) {
		this.delegate.save(session.inner);
		session.isNew = false;
		Saved saved = REQUEST.get();
		if (saved != null) {
			saved.session = session;
		}
	}

	@Override
	public QuietSession findById(String id) {
		Saved saved = REQUEST.get();
		if (saved != null && saved.session != null && saved.session.getId().equals(id)) {
			return saved.session;
		}
		Session found = this.delegate.findById(id);
		return (found != null) ? new QuietSession(found, false) : null;
	}

	@Override
	public void deleteById(String id) {
		Saved saved = REQUEST.get();
		if (saved != null) {
			saved.session = null;
		}
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> found = new LinkedHashMap<>();
		this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new QuietSession(session, false)));
		return found;
	}

	/** The session saved last in the current request. */
	private static final class Saved {

		QuietSession session;

	}

	/**
	 * Marks one request, so a session saved in it can be handed out again within it. Runs
	 * just before Spring Session's filter.
	 */
	static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			REQUEST.set(new Saved());
			try {
				chain.doFilter(request, response);
			}
			finally {
				REQUEST.remove();
			}
		}

	}

	/** A stored session whose time last used is written only when it has moved enough. */
	static final class QuietSession implements Session {

		private final Session inner;

		private boolean isNew;

		QuietSession(Session inner, boolean isNew) {
			this.inner = inner;
			this.isNew = isNew;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (this.isNew || !lastAccessedTime.isBefore(this.inner.getLastAccessedTime().plus(ACCESS_RESOLUTION))) {
				this.inner.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.inner.getId();
		}

		@Override
		public String changeSessionId() {
			return this.inner.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.inner.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.inner.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.inner.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.inner.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.inner.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.inner.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.inner.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.inner.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.inner.isExpired();
		}

	}

}
