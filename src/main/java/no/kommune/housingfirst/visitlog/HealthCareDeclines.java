package no.kommune.housingfirst.visitlog;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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
		Map<Long, LocalDate> latest = new HashMap<>();
		if (participantIds.isEmpty()) {
			return latest;
		}
		this.jdbc.query("""
				SELECT participant_id, max(visit_date) AS declined_on FROM visit
				WHERE participant_id IN (:ids) AND health_care_declined AND voided_at IS NULL
				GROUP BY participant_id""", new MapSqlParameterSource("ids", participantIds), (rs) -> {
			Date on = rs.getDate("declined_on");
			latest.put(rs.getLong("participant_id"), on.toLocalDate());
		});
		return latest;
	}

}
