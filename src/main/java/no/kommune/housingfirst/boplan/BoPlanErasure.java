package no.kommune.housingfirst.boplan;

import no.kommune.housingfirst.participant.SqlErasure;

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
class BoPlanErasure extends SqlErasure {

	BoPlanErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc,
				"""
						SELECT (SELECT count(*) FROM bo_plan_version v WHERE v.participant_id IN (:ids)
						          AND (v.lasting_home <> '' OR num_nonnulls(v.resources, v.wanted_services,
						               v.unwanted_services, v.involved, v.crisis_signs, v.crisis_helps, v.crisis_contacts,
						               v.step_down_criteria) > 0
						               OR EXISTS (SELECT 1 FROM bo_plan_goal g WHERE g.version_id = v.id
						                   AND (g.wording <> '' OR num_nonnulls(g.steps, g.other_name, g.note) > 0))
						               OR EXISTS (SELECT 1 FROM bo_plan_agreement a WHERE a.version_id = v.id
						                   AND a.comment IS NOT NULL))) AS "erasure.kind.boplan.versions",
						       (SELECT count(*) FROM follow_up_agreement f WHERE f.participant_id IN (:ids)
						          AND (f.unreachable_plan <> ''
						               OR num_nonnulls(f.visit_arrangement, f.crisis_contacts, f.comment) > 0)) AS "erasure.kind.boplan.followUpAgreements",
						       (SELECT count(*) FROM bo_plan_needs_meeting m WHERE m.participant_id IN (:ids)
						          AND (m.attendees <> '' OR m.outcome <> '')) AS "erasure.kind.boplan.needsMeetings\"""",
				"""
						SELECT boplan_erase(ARRAY[:ids]::bigint[])""");
	}

}
