package no.kommune.housingfirst.shared.security;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Per-source throttling of login attempts. Account lockout alone lets an attacker lock
 * out every colleague by guessing; counting failures per source address stops one source
 * from trying many accounts, while colleagues elsewhere can still log in. Kept in memory
 * per instance: a restart forgets it, which only errs on the side of letting people in.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	/**
	 * Upper bound on remembered sources, so a flood of addresses cannot exhaust memory.
	 */
	private static final int MAX_SOURCES = 10_000;

	private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public boolean isThrottled(String source) {
		Deque<Long> times = this.failures.get(source);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			prune(times);
			return times.size() >= this.properties.sourceFailureLimit();
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			recordFailure(details.getRemoteAddress());
		}
	}

	void recordFailure(String source) {
		if (this.failures.size() >= MAX_SOURCES) {
			this.failures.values().removeIf((times) -> {
				synchronized (times) {
					prune(times);
					return times.isEmpty();
				}
			});
		}
		Deque<Long> times = this.failures.computeIfAbsent(source, (key) -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(this.clock.millis());
			if (times.size() == this.properties.sourceFailureLimit()) {
				log.warn("login throttled source={} failures={}", source, times.size());
			}
		}
	}

	/** Forgets everything; for tests that share one application context. */
	public void reset() {
		this.failures.clear();
	}

	private void prune(Deque<Long> times) {
		long oldest = this.clock.millis() - this.properties.sourceWindow().toMillis();
		while (!times.isEmpty() && times.peekFirst() < oldest) {
			times.removeFirst();
		}
	}

}
