package no.kommune.housingfirst.visitlog;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.NoticeQuery;

import no.kommune.housingfirst.shared.db.RecordRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When participants last declined health care at a visit ("takket nei til helsehjelp"),
 * which the follow-up agreement answers with a "hva trengs nå?" meeting. Not audited
 * here: the caller shows it on a page it audits.
 */
@Component
@Transactional(readOnly = true)
public class HealthCareDeclines {

	private final NamedParameterJdbcTemplate jdbc;

	HealthCareDeclines(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest visit date with health care declined, per participant that has one. */
	public Map<Long, LocalDate> latest(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return new HashMap<>();
		}
		NoticeQuery<Declined> query = latestQuery(participantIds);
		return latest(
				this.jdbc.query(query.sql(), new MapSqlParameterSource(query.params()), RecordRows.of(Declined.class)));
	}

	/** The same, as a query a page runs with its notices (never with no participants). */
	public NoticeQuery<Declined> latestQuery(Collection<Long> participantIds) {
		return new NoticeQuery<>("""
				SELECT participant_id, max(visit_date) AS declined_on FROM visit
				WHERE participant_id IN (:ids) AND health_care_declined AND voided_at IS NULL
				GROUP BY participant_id""", Map.of("ids", participantIds), Declined.class);
	}

	/** The rows of {@link #latestQuery} by participant. */
	public static Map<Long, LocalDate> latest(List<Declined> rows) {
		Map<Long, LocalDate> latest = new HashMap<>();
		rows.forEach((row) -> latest.put(row.participantId(), row.declinedOn()));
		return latest;
	}

	/** A participant's latest visit with health care declined. */
	public record Declined(long participantId, LocalDate declinedOn) {
	}

}
