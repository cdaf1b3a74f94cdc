package no.kommune.housingfirst.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every access to one participant's record, oldest first, in one query: the access log
 * part of the participant's record export, which is the whole history (the on-screen
 * extract is paged by period).
 */
@Service
@Transactional(readOnly = true)
public class AccessHistory {

	private final JdbcTemplate jdbc;

	AccessHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<AuditEvent> of(long participantId) {
		return this.jdbc.query(
				"SELECT id, occurred_at, actor_id, actor_username, actor_name, actor_roles, "
						+ "participant_id, record_type, record_id, action, outcome, recorded_at "
						+ "FROM audit_event WHERE participant_id = ? ORDER BY occurred_at, id",
				(row, n) -> AuditLog.map(row), participantId);
	}

}
