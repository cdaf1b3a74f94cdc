package no.kommune.housingfirst.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: the participant's own extract, and the searchable log for
 * administrators (everything) and section leaders (their section's participants).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	public static final int PAGE_SIZE = 50;

	private static final String COLUMNS = "id, occurred_at, actor_id, actor_username, actor_name, actor_roles, "
			+ "participant_id, record_type, record_id, action, outcome, recorded_at";

	private final JdbcTemplate jdbc;

	AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows on one page of a participant's access extract. */
	public static final int EXTRACT_PAGE_SIZE = 100;

	/**
	 * One page of the accesses to one participant's record in a period (both days
	 * included), oldest first: the innsyn extract. Bounded whatever the length of the
	 * history; read by the participant-and-time index.
	 */
	public Page<AuditEvent> forParticipant(long participantId, LocalDate from, LocalDate to, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), EXTRACT_PAGE_SIZE);
		Object start = AuditLog.timestamp(startOf(from));
		Object end = AuditLog.timestamp(startOf(to.plusDays(1)));
		Long total = this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE participant_id = ? AND occurred_at >= ? AND occurred_at < ?",
				Long.class, participantId, start, end);
		List<AuditEvent> events = this.jdbc.query(
				"SELECT " + COLUMNS
						+ " FROM audit_event WHERE participant_id = ? AND occurred_at >= ? AND occurred_at < ?"
						+ " ORDER BY occurred_at, id LIMIT ? OFFSET ?",
				(row, n) -> AuditLog.map(row), participantId, start, end, EXTRACT_PAGE_SIZE, request.getOffset());
		return new PageImpl<>(events, request, (total == null) ? 0 : total);
	}

	/** One page of the log, newest first, limited to what the viewer may see. */
	public Page<AuditEvent> search(CurrentUser viewer, AuditFilter filter, int page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (!viewer.hasRole(Role.ADMIN)) {
			if (viewer.sectionTeamIds().isEmpty()) {
				return Page.empty(PageRequest.of(0, PAGE_SIZE));
			}
			where.append(" AND participant_team_id = ANY (?)");
			args.add(viewer.sectionTeamIds().toArray(Long[]::new));
		}
		if (filter.username() != null && !filter.username().isBlank()) {
			where.append(" AND actor_username = ?");
			args.add(filter.username().strip().toLowerCase(Locale.ROOT));
		}
		if (filter.participantId() != null) {
			where.append(" AND participant_id = ?");
			args.add(filter.participantId());
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= ?");
			args.add(AuditLog.timestamp(startOf(filter.from())));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < ?");
			args.add(AuditLog.timestamp(startOf(filter.to().plusDays(1))));
		}
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM audit_event" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(PAGE_SIZE);
		pageArgs.add(request.getOffset());
		List<AuditEvent> events = this.jdbc.query(
				"SELECT " + COLUMNS + " FROM audit_event" + where
						+ " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
				(row, n) -> AuditLog.map(row), pageArgs.toArray());
		return new PageImpl<>(events, request, (total == null) ? 0 : total);
	}

	private static java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(TimeConfiguration.OSLO).toInstant();
	}

}
