package no.kommune.housingfirst.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing without letting anyone lock an office out. A whole
 * municipal office may sit behind one address, so an address is never refused as such:
 * <ul>
 * <li>by account: the staff module locks an account for a growing while after failures in
 * a row, from wherever they come;</li>
 * <li>by (address, username): after {@code pairFailureLimit} failures on one username
 * from one address within the window, that pair is refused until the window has passed,
 * so guessing one person's password from one place stops (other people behind the same
 * address are not affected);</li>
 * <li>by address: many distinct <em>unknown</em> usernames from one address is the sign
 * of spraying; from {@code sprayThreshold} of them on, every login attempt from that
 * address waits a delay that doubles with each further one, up to {@code delayMax}. A
 * colleague's correct password still logs in, only slower.</li>
 * </ul>
 * The failures are kept in PostgreSQL, so every app instance counts the same ones.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	/** Failures older than this are deleted as new ones come in. */
	private static final Duration KEEP = Duration.ofDays(1);

	private static final int CLEAN_EVERY = 200;

	private final JdbcTemplate jdbc;

	private final SecurityProperties properties;

	private final KnownUsernames accounts;

	private final Clock clock;

	private final AtomicInteger sinceCleaning = new AtomicInteger();

	LoginThrottle(JdbcTemplate jdbc, SecurityProperties properties, KnownUsernames accounts, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * What to do with a login attempt (or a current-password check) by this username from
	 * this address, before any password is looked at.
	 */
	public Decision check(String source, String username) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(this.properties.throttleWindow()));
		return this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE username = ?) AS pair,
				       count(DISTINCT username) FILTER (WHERE NOT known) AS unknown
				FROM login_failure WHERE source = ? AND failed_at > ?""", (rs, n) -> {
			boolean refused = rs.getInt("pair") >= this.properties.pairFailureLimit();
			return new Decision(refused, delayFor(rs.getInt("unknown")));
		}, normalise(username), clip(source), since);
	}

	/** The delay for an address that tried this many distinct unknown usernames. */
	public Duration delayFor(int unknownUsernames) {
		int over = unknownUsernames - this.properties.sprayThreshold();
		if (over < 0) {
			return Duration.ZERO;
		}
		Duration delay = this.properties.delayBase().multipliedBy(1L << Math.min(over, 20));
		return (delay.compareTo(this.properties.delayMax()) > 0) ? this.properties.delayMax() : delay;
	}

	/** Waits out a delay; a login request is a cheap virtual thread while it waits. */
	public void pause(Duration delay) {
		if (!delay.isPositive()) {
			return;
		}
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			recordFailure(details.getRemoteAddress(), event.getAuthentication().getName());
		}
	}

	/** A failed password for this username from this address. */
	public void recordFailure(String source, String username) {
		String name = normalise(username);
		boolean known = !name.isEmpty() && this.accounts.knows(name);
		Instant now = this.clock.instant();
		this.jdbc.update("INSERT INTO login_failure (failed_at, source, username, known) VALUES (?, ?, ?, ?)",
				Timestamp.from(now), clip(source), name, known);
		if (this.sinceCleaning.incrementAndGet() % CLEAN_EVERY == 0) {
			this.jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", Timestamp.from(now.minus(KEEP)));
		}
	}

	/** Forgets every failure; for tests whose requests commit. */
	public void reset() {
		this.jdbc.update("DELETE FROM login_failure");
	}

	/** Usernames as the staff module compares them, and no longer than a username. */
	static String normalise(String username) {
		String clean = (username == null) ? "" : username.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
		return clip(clean);
	}

	private static String clip(String value) {
		return (value == null) ? "-" : (value.length() > 64) ? value.substring(0, 64) : value;
	}

	/**
	 * @param refused this username from this address has failed too often: refuse without
	 * looking at the password
	 * @param delay how long to make the attempt wait first (zero for a quiet address)
	 */
	public record Decision(boolean refused, Duration delay) {
	}

}
