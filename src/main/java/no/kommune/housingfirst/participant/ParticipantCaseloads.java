package no.kommune.housingfirst.participant;

import java.util.List;

import no.kommune.housingfirst.staff.StaffCaseloads;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the staff module's question "how many active participants does this person
 * follow?" with counts per team and nothing else: no names, so nothing to audit, and the
 * administrator who deactivates someone learns no more than that.
 */
@Component
@Transactional(readOnly = true)
class ParticipantCaseloads implements StaffCaseloads {

	private final NamedParameterJdbcTemplate jdbc;

	ParticipantCaseloads(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TeamCaseload> activeCaseloadOf(long staffMemberId) {
		return this.jdbc.query("""
				SELECT team_id,
				       count(*) FILTER (WHERE primary_caseworker_id = :id) AS as_primary,
				       count(*) FILTER (WHERE secondary_caseworker_id = :id) AS as_secondary
				FROM participant
				WHERE status <> 'EXITED' AND (primary_caseworker_id = :id OR secondary_caseworker_id = :id)
				GROUP BY team_id ORDER BY team_id""", new MapSqlParameterSource("id", staffMemberId),
				(rs, n) -> new TeamCaseload(rs.getLong("team_id"), rs.getInt("as_primary"), rs.getInt("as_secondary")));
	}

}
