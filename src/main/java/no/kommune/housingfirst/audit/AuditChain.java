package no.kommune.housingfirst.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit trail's hash chain (docs/adr/0009): walks the chain's links in
 * order, recomputes each row's hash from its content and the previous link's hash, and
 * compares it with the stored one and, at the end, with the chain's head; then looks for
 * rows that are in no link. The database writes the chain (a trigger at commit); this
 * computes it independently in Java, so an edit made with the owner's rights, an inserted
 * row or a deleted one shows as the first row where the chain breaks.
 */
@Service
public class AuditChain {

	/** Where every chain starts: the same text the database hashes. */
	static final String GENESIS = "housing-first audit chain";

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	AuditChain(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole trail, in one read-only snapshot. */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public Verification verify() {
		// After a purge (AuditRetention) the chain starts at the anchor: the place and
		// hash
		// of the last purged link.
		List<Object[]> anchor = this.jdbc.query("SELECT seq, row_hash FROM audit_chain_anchor",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getBytes(2) });
		Walk walk = anchor.isEmpty() ? new Walk(sha256(GENESIS.getBytes(StandardCharsets.UTF_8)), 0)
				: new Walk((byte[]) anchor.get(0)[1], (Long) anchor.get(0)[0]);
		this.jdbc.query(connection -> {
			var statement = connection.prepareStatement("""
					SELECT c.seq, c.event_id, c.row_hash, e.id, e.occurred_at, e.actor_id, e.actor_username,
					       e.actor_name, e.actor_roles, e.actor_team_ids, e.participant_id, e.participant_team_id,
					       e.record_type, e.record_id, e.action, e.outcome, e.recorded_at
					FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id ORDER BY c.seq""");
			statement.setFetchSize(1000);
			return statement;
		}, walk);
		if (walk.broken != null) {
			return new Verification(walk.rows, walk.broken, walk.problem, hex(walk.hash));
		}
		List<Object[]> head = this.jdbc.query("SELECT last_seq, last_hash FROM audit_chain_head",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getBytes(2) });
		boolean headMatches = head.isEmpty() ? walk.rows == 0
				: ((Long) head.get(0)[0] == walk.seq && Arrays.equals((byte[]) head.get(0)[1], walk.hash));
		if (!headMatches) {
			// Links removed from the end leave the head pointing past the last one.
			return new Verification(walk.rows, walk.lastId, "the chain's head does not match its last link",
					hex(walk.hash));
		}
		// A row in no link was put in around the trigger (by the owner, with it off).
		List<Long> outside = this.jdbc.queryForList("""
				SELECT min(e.id) FROM audit_event e
				WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)""", Long.class);
		if (!outside.isEmpty() && outside.get(0) != null) {
			return new Verification(walk.rows, outside.get(0),
					"row " + outside.get(0) + " is in no link of the chain: it was added around it", hex(walk.hash));
		}
		return new Verification(walk.rows, null, null, hex(walk.hash));
	}

	/** The text a row's hash covers; the database's {@code audit_event_content}. */
	static String content(long id, Instant occurredAt, long actorId, String username, String name, String roles,
			String teamIds, Long participantId, Long participantTeamId, String recordType, Long recordId, String action,
			String outcome) {
		return content(id, occurredAt, actorId, username, name, roles, teamIds, participantId, participantTeamId,
				recordType, recordId, action, outcome, null);
	}

	/**
	 * As above, for a row that also says when the change was recorded on a phone (only
	 * then is that field part of the text, so older rows keep their hashes).
	 */
	static String content(long id, Instant occurredAt, long actorId, String username, String name, String roles,
			String teamIds, Long participantId, Long participantTeamId, String recordType, Long recordId, String action,
			String outcome, Instant recordedAt) {
		String recorded = (recordedAt == null) ? "" : field(MICROS.format(recordedAt));
		return field(String.valueOf(id)) + field(MICROS.format(occurredAt)) + field(String.valueOf(actorId))
				+ field(username) + field(name) + field(roles) + field(teamIds) + field(number(participantId))
				+ field(number(participantTeamId)) + field(recordType) + field(number(recordId)) + field(action)
				+ field(outcome) + recorded;
	}

	private static String number(Long value) {
		return (value == null) ? null : value.toString();
	}

	private static String field(String value) {
		return (value == null) ? "-" : value.codePointCount(0, value.length()) + ":" + value;
	}

	static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The outcome of one verification.
	 *
	 * @param rows rows read
	 * @param brokenAt the id of the first row where the chain breaks (or the last row,
	 * when only the head disagrees); null when the chain holds
	 * @param problem what broke, in words for the operator's log; null when it holds
	 * @param headHash the hash of the last row read: note it down outside the database,
	 * and a later run that does not pass through it shows a rewritten trail
	 */
	public record Verification(long rows, Long brokenAt, String problem, String headHash) {

		public boolean intact() {
			return this.brokenAt == null;
		}

	}

	private static final class Walk implements RowCallbackHandler {

		private byte[] hash;

		private long rows;

		private long seq;

		private long lastId;

		private Long broken;

		private String problem;

		Walk(byte[] start, long seq) {
			this.hash = start;
			this.seq = seq;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			if (this.broken != null) {
				return;
			}
			long link = rs.getLong("seq");
			long id = rs.getLong("event_id");
			if (link != this.seq + 1) {
				breakAt(id, "a link before row " + id + " was removed");
				return;
			}
			this.seq = link;
			if (rs.getObject("id") == null) {
				breakAt(id, "row " + id + " was removed from the trail");
				return;
			}
			this.rows++;
			this.lastId = id;
			String content = content(id, rs.getTimestamp("occurred_at").toInstant(), rs.getLong("actor_id"),
					rs.getString("actor_username"), rs.getString("actor_name"), rs.getString("actor_roles"),
					rs.getString("actor_team_ids"), (Long) rs.getObject("participant_id"),
					(Long) rs.getObject("participant_team_id"), rs.getString("record_type"),
					(Long) rs.getObject("record_id"), rs.getString("action"), rs.getString("outcome"),
					(rs.getTimestamp("recorded_at") != null) ? rs.getTimestamp("recorded_at").toInstant() : null);
			byte[] expected = sha256(this.hash, content.getBytes(StandardCharsets.UTF_8));
			if (!Arrays.equals(expected, rs.getBytes("row_hash"))) {
				breakAt(id, "row " + id + " does not match its hash: it was changed, or a link before it was "
						+ "changed, added or removed");
				return;
			}
			this.hash = expected;
		}

		private void breakAt(long id, String what) {
			this.broken = id;
			this.problem = what;
		}

	}

}
