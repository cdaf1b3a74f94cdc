package no.kommune.housingfirst.boplan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import no.kommune.housingfirst.participant.PersonalDataErasure;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bo-plan's part of an erasure: every text of every version of the plan (the lasting
 * home, resources, services, crisis plan, step-down criteria), the goals' wording, steps
 * and notes, the answers' comments, the follow-up agreements' texts and the "what is
 * needed now" meetings' attendees and outcome. The rows are append-only for the runtime
 * role, so the database function {@code boplan_erase} does it as the schema owner.
 * Versions, dates, cadences, life areas, goal statuses and kinds of answer stay.
 */
@Component
class BoPlanErasure implements PersonalDataErasure {

	private final NamedParameterJdbcTemplate jdbc;

	BoPlanErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> wouldErase(Collection<Long> participantIds) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (participantIds.isEmpty()) {
			return counts;
		}
		this.jdbc.query("""
				SELECT (SELECT count(*) FROM bo_plan_version v WHERE v.participant_id IN (:ids)
				          AND (v.lasting_home <> '' OR num_nonnulls(v.resources, v.wanted_services,
				               v.unwanted_services, v.involved, v.crisis_signs, v.crisis_helps, v.crisis_contacts,
				               v.step_down_criteria) > 0
				               OR EXISTS (SELECT 1 FROM bo_plan_goal g WHERE g.version_id = v.id
				                   AND (g.wording <> '' OR num_nonnulls(g.steps, g.other_name, g.note) > 0))
				               OR EXISTS (SELECT 1 FROM bo_plan_agreement a WHERE a.version_id = v.id
				                   AND a.comment IS NOT NULL))) AS plans,
				       (SELECT count(*) FROM follow_up_agreement f WHERE f.participant_id IN (:ids)
				          AND (f.unreachable_plan <> ''
				               OR num_nonnulls(f.visit_arrangement, f.crisis_contacts, f.comment) > 0)) AS agreements,
				       (SELECT count(*) FROM bo_plan_needs_meeting m WHERE m.participant_id IN (:ids)
				          AND (m.attendees <> '' OR m.outcome <> '')) AS meetings""",
				new MapSqlParameterSource("ids", participantIds), (rs) -> {
					counts.put("erasure.kind.boplan.versions", rs.getInt("plans"));
					counts.put("erasure.kind.boplan.followUpAgreements", rs.getInt("agreements"));
					counts.put("erasure.kind.boplan.needsMeetings", rs.getInt("meetings"));
				});
		return counts;
	}

	@Override
	public void erase(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return;
		}
		this.jdbc.queryForList("SELECT boplan_erase(ARRAY[:ids]::bigint[])",
				new MapSqlParameterSource("ids", participantIds));
	}

}
