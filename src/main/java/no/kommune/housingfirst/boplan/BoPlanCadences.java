package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.visitlog.CadencePeriod;
import no.kommune.housingfirst.visitlog.VisitCadences;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit cadences agreed in bo-plans, for the visit log's compliance. Only a version
 * the participant agreed to (signed or orally; their latest answer to it) changes the
 * cadence: from its step-down date on, or back to weekly from its date when it no longer
 * steps down. A later agreed version replaces what an earlier one said from its own date
 * on. Participants who never had a step-down are left out: weekly.
 */
@Component
@Transactional(readOnly = true)
class BoPlanCadences implements VisitCadences {

	private static final String AGREED_VERSIONS = """
			SELECT v.participant_id, v.plan_date, v.cadence, v.cadence_from
			FROM bo_plan_version v %s
			WHERE %s
			  AND EXISTS (SELECT 1 FROM bo_plan_version s
			              WHERE s.participant_id = v.participant_id AND s.cadence <> 'WEEKLY')
			  AND (SELECT a.kind FROM bo_plan_agreement a WHERE a.version_id = v.id
			       ORDER BY a.id DESC LIMIT 1) IN ('SIGNED_ON_PAPER', 'AGREED_ORALLY')
			ORDER BY v.participant_id, v.version_no""";

	private final NamedParameterJdbcTemplate jdbc;

	BoPlanCadences(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, List<CadencePeriod>> forParticipants(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return Map.of();
		}
		return load(AGREED_VERSIONS.formatted("", "v.participant_id IN (:ids)"),
				new MapSqlParameterSource("ids", participantIds));
	}

	@Override
	public Map<Long, List<CadencePeriod>> forTeams(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return Map.of();
		}
		return load(AGREED_VERSIONS.formatted("JOIN participant p ON p.id = v.participant_id", "p.team_id IN (:teams)"),
				new MapSqlParameterSource("teams", teamIds));
	}

	private Map<Long, List<CadencePeriod>> load(String sql, MapSqlParameterSource params) {
		Map<Long, List<CadencePeriod>> cadences = new HashMap<>();
		this.jdbc.query(sql, params, (rs) -> {
			Cadence cadence = Cadence.valueOf(rs.getString("cadence"));
			LocalDate from = (cadence == Cadence.WEEKLY) ? rs.getDate("plan_date").toLocalDate()
					: rs.getDate("cadence_from").toLocalDate();
			List<CadencePeriod> periods = cadences.computeIfAbsent(rs.getLong("participant_id"),
					(id) -> new ArrayList<>());
			periods.removeIf((period) -> !period.from().isBefore(from));
			periods.add(new CadencePeriod(from, cadence.weeks()));
		});
		cadences.values().removeIf((periods) -> periods.stream().allMatch((period) -> period.weeks() == 1));
		return cadences;
	}

}
