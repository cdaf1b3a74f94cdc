package no.kommune.housingfirst.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Allowed reads and changes are written in the caller's
 * transaction, so a change and its audit row commit together or not at all. Denials join
 * the caller's transaction too (not {@code REQUIRES_NEW}): the services do not roll back
 * for a refusal ({@code noRollbackFor}), so the row is kept without a second connection.
 * Only a refusal by the route policy, which comes before any service, gets a transaction
 * of its own, because none is open there.
 */
@Service
public class AuditLog {

	private static final String INSERT = """
			INSERT INTO audit_event (actor_id, actor_username, actor_name, actor_roles, actor_team_ids,
			    participant_id, participant_team_id, record_type, record_id, action, outcome, recorded_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_READS = """
			INSERT INTO audit_event (actor_id, actor_username, actor_name, actor_roles, actor_team_ids,
			    participant_id, participant_team_id, record_type, record_id, action, outcome)
			SELECT ?, ?, ?, ?, ?, r.participant_id, r.team_id, ?, r.record_id, 'READ', 'ALLOWED'
			FROM unnest(?::bigint[], ?::bigint[], ?::bigint[]) WITH ORDINALITY AS r (participant_id, team_id, record_id, n)
			ORDER BY r.n""";

	private static final String INSERT_ERASURES = """
			INSERT INTO audit_event (actor_id, actor_username, actor_name, actor_roles, actor_team_ids,
			    participant_id, participant_team_id, record_type, record_id, action, outcome)
			SELECT 0, 'retention', 'retention', 'SYSTEM', '', r.participant_id, r.team_id, 'PARTICIPANT', NULL,
			    'ERASE', 'ALLOWED'
			FROM unnest(?::bigint[], ?::bigint[]) WITH ORDINALITY AS r (participant_id, team_id, n)
			ORDER BY r.n""";

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An allowed read of a participant's record (a page, a sub-page, an export). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void read(CurrentUser actor, long participantId, long teamId, RecordType type, Long recordId) {
		insert(actor, participantId, teamId, type, recordId, AuditAction.READ, true, null);
	}

	/**
	 * Allowed reads of several participants' records shown in one list (a queue, a
	 * worklist): one row each, as {@link #read} writes, in one statement.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void readAll(CurrentUser actor, RecordType type, List<Read> reads) {
		if (reads.isEmpty()) {
			return;
		}
		this.jdbc.update(INSERT_READS, actor.id(), actor.getUsername(), actor.fullName(), roles(actor),
				ids(actor.teamIds()), type.name(), array(reads.stream().map(Read::participantId).toList()),
				array(reads.stream().map(Read::teamId).toList()), array(reads.stream().map(Read::recordId).toList()));
	}

	/**
	 * Erasures by the retention job, which no person starts: one row each, with actor 0
	 * ({@code retention}, role {@code SYSTEM}). Says that the erasure happened, never
	 * what was erased.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void erasedByRetention(List<Read> erased) {
		if (erased.isEmpty()) {
			return;
		}
		this.jdbc.update(INSERT_ERASURES, array(erased.stream().map(Read::participantId).toList()),
				array(erased.stream().map(Read::teamId).toList()));
	}

	/** One participant's record read in a list: whose, their team, which record. */
	public record Read(long participantId, long teamId, Long recordId) {
	}

	/** An allowed change; call it inside the transaction that makes the change. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(CurrentUser actor, long participantId, long teamId, RecordType type, Long recordId,
			AuditAction action) {
		insert(actor, participantId, teamId, type, recordId, action, true, null);
	}

	/**
	 * An allowed change that was recorded on a phone without signal and arrived later:
	 * the row's own time is when it arrived, {@code recordedAt} when the phone recorded
	 * it (the phone's clock).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changedFromDevice(CurrentUser actor, long participantId, long teamId, RecordType type, Long recordId,
			AuditAction action, Instant recordedAt) {
		insert(actor, participantId, teamId, type, recordId, action, true, recordedAt);
	}

	/** A list or search that showed participants, without naming each one. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void searched(CurrentUser actor, RecordType type) {
		insert(actor, null, null, type, null, AuditAction.SEARCH, true, null);
	}

	/**
	 * An export of a list or figures that names participants (a file that leaves the
	 * system), without naming each one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void exported(CurrentUser actor, RecordType type) {
		insert(actor, null, null, type, null, AuditAction.EXPORT, true, null);
	}

	/**
	 * A refused attempt. Written in the caller's transaction (or a new one), and services
	 * do not roll back for a refusal, so the row is kept without taking a second
	 * connection.
	 */
	@Transactional
	public void denied(CurrentUser actor, Long participantId, Long teamId, RecordType type, AuditAction action) {
		insert(actor, participantId, teamId, type, null, action, false, null);
	}

	private void insert(CurrentUser actor, Long participantId, Long teamId, RecordType type, Long recordId,
			AuditAction action, boolean allowed, Instant recordedAt) {
		this.jdbc.update(INSERT, actor.id(), actor.getUsername(), actor.fullName(), roles(actor), ids(actor.teamIds()),
				participantId, teamId, type.name(), recordId, action.name(), allowed ? "ALLOWED" : "DENIED",
				timestamp(recordedAt));
	}

	private static String roles(CurrentUser actor) {
		return actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static String ids(Collection<Long> ids) {
		return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** A PostgreSQL array literal of numbers (and NULLs): nothing else can be in it. */
	private static String array(List<Long> values) {
		return values.stream()
			.map((value) -> (value == null) ? "NULL" : Long.toString(value))
			.collect(Collectors.joining(",", "{", "}"));
	}

	static AuditEvent map(java.sql.ResultSet row) throws java.sql.SQLException {
		return new AuditEvent(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getLong("actor_id"),
				row.getString("actor_username"), row.getString("actor_name"), row.getString("actor_roles"),
				(Long) row.getObject("participant_id"), RecordType.valueOf(row.getString("record_type")),
				(Long) row.getObject("record_id"), AuditAction.valueOf(row.getString("action")),
				"ALLOWED".equals(row.getString("outcome")),
				(row.getTimestamp("recorded_at") != null) ? row.getTimestamp("recorded_at").toInstant() : null);
	}

	static Timestamp timestamp(java.time.Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

	static List<String> split(String csv) {
		return csv.isEmpty() ? List.of() : List.of(csv.split(","));
	}

}
