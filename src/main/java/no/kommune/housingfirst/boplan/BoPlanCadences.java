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
 * The visit cadences agreed in bo-plans, for the visit log's compliance. A step-down
 * counts only in a version the participant agreed to (signed or orally: their latest
 * answer to it), from its date or the day they agreed, whichever is later. A version back
 * to weekly counts from its own date whatever the answer: the participant may decline
 * health care, not the weekly visit. A later version replaces what an earlier one said
 * from its own date on. Participants who never had a step-down are left out: weekly.
 */
@Component
@Transactional(readOnly = true)
class BoPlanCadences implements VisitCadences {

	private static final String VERSIONS = """
			SELECT v.participant_id, v.plan_date, v.cadence, v.cadence_from, la.kind, la.answered_on
			FROM bo_plan_version v %s
			LEFT JOIN LATERAL (SELECT a.kind, a.answered_on FROM bo_plan_agreement a WHERE a.version_id = v.id
			                   ORDER BY a.id DESC LIMIT 1) la ON true
			WHERE %s
			  AND EXISTS (SELECT 1 FROM bo_plan_version s
			              WHERE s.participant_id = v.participant_id AND s.cadence <> 'WEEKLY')
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
		return load(VERSIONS.formatted("", "v.participant_id IN (:ids)"),
				new MapSqlParameterSource("ids", participantIds));
	}

	@Override
	public Map<Long, List<CadencePeriod>> forTeams(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return Map.of();
		}
		return load(VERSIONS.formatted("JOIN participant p ON p.id = v.participant_id", "p.team_id IN (:teams)"),
				new MapSqlParameterSource("teams", teamIds));
	}

	private Map<Long, List<CadencePeriod>> load(String sql, MapSqlParameterSource params) {
		Map<Long, List<CadencePeriod>> cadences = new HashMap<>();
		this.jdbc.query(sql, params, (rs) -> {
			Cadence cadence = Cadence.valueOf(rs.getString("cadence"));
			LocalDate from;
			if (cadence == Cadence.WEEKLY) {
				from = rs.getDate("plan_date").toLocalDate();
			}
			else if ("SIGNED_ON_PAPER".equals(rs.getString("kind")) || "AGREED_ORALLY".equals(rs.getString("kind"))) {
				// Never before the participant agreed: a step-down cannot rewrite weeks
				// already counted.
				LocalDate stepsDown = rs.getDate("cadence_from").toLocalDate();
				LocalDate agreed = rs.getDate("answered_on").toLocalDate();
				from = stepsDown.isBefore(agreed) ? agreed : stepsDown;
			}
			else {
				return;
			}
			List<CadencePeriod> periods = cadences.computeIfAbsent(rs.getLong("participant_id"),
					(id) -> new ArrayList<>());
			periods.removeIf((period) -> !period.from().isBefore(from));
			periods.add(new CadencePeriod(from, cadence.weeks()));
		});
		cadences.values().removeIf((periods) -> periods.stream().allMatch((period) -> period.weeks() == 1));
		return cadences;
	}

}
