package no.kommune.housingfirst.staff;

import java.util.Optional;

import no.kommune.housingfirst.shared.security.ProviderIdentities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a provider identity (issuer + subject) to a staff member at its first login, by
 * the username the provider claims; afterwards the link alone decides (V033,
 * docs/adr/0013).
 */
@Component
class ProviderLogins implements ProviderIdentities {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.security");

	private final JdbcClient jdbc;

	ProviderLogins(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public Optional<String> usernameFor(String issuer, String subject, String claimedUsername) {
		Optional<String> linked = linked(issuer, subject);
		if (linked.isPresent() || claimedUsername.isEmpty()) {
			return linked;
		}
		Optional<Long> named = this.jdbc.sql("SELECT id FROM staff_member WHERE username = ?")
			.param(claimedUsername)
			.query(Long.class)
			.optional();
		if (named.isEmpty()) {
			return Optional.empty();
		}
		int added = this.jdbc.sql("""
				INSERT INTO staff_provider_login (staff_member_id, issuer, subject) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""").params(named.get(), issuer, subject).update();
		if (added == 1) {
			log.info("provider login linked user={} issuer={}", claimedUsername, issuer);
			return Optional.of(claimedUsername);
		}
		// Either this identity was linked a moment ago by another login (then it
		// decides),
		// or the staff member is linked to another identity of this provider: refused.
		Optional<String> now = linked(issuer, subject);
		if (now.isEmpty()) {
			log.warn("provider login refused user={} issuer={}: linked to another identity of this provider",
					claimedUsername, issuer);
		}
		return now;
	}

	private Optional<String> linked(String issuer, String subject) {
		return this.jdbc.sql("""
				SELECT m.username FROM staff_provider_login l JOIN staff_member m ON m.id = l.staff_member_id
				WHERE l.issuer = ? AND l.subject = ?""").params(issuer, subject).query(String.class).optional();
	}

}
