package no.kommune.housingfirst.audit;

import java.sql.Timestamp;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's own retention (docs/adr/0015): rows older than the period are deleted
 * from the start of the chain by the database function {@code audit_purge}, which runs as
 * the schema owner, refuses anything younger than two years whatever it is asked, and
 * leaves an anchor (the last purged link's place and hash) that {@link AuditChain}
 * verifies from. The runtime role still cannot delete a row itself.
 */
@Service
public class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger("housingfirst.audit");

	private final JdbcTemplate jdbc;

	AuditRetention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Deletes the rows written before the cutoff (never the last two years' rows). */
	@Transactional
	public long purgeBefore(Instant cutoff) {
		Long purged = this.jdbc.queryForObject("SELECT audit_purge(?)", Long.class, Timestamp.from(cutoff));
		if (purged != null && purged > 0) {
			// Keep this line outside the database, as the head hashes (ADR 0009).
			RowCallbackHandler anchor = (rs) -> log.info("audit trail purged rows={} anchor seq={} hash={}", purged,
					rs.getLong(1), rs.getString(2));
			this.jdbc.query("SELECT seq, encode(row_hash, 'hex') FROM audit_chain_anchor", anchor);
		}
		return (purged == null) ? 0 : purged;
	}

}
