package no.kommune.housingfirst.boplan;

import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.RecordExport;
import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every version of the participant's bo-plan in the record export (a version is never
 * changed, a new one is made), each with its goals and the participant's answers to it,
 * and the needs meetings: four queries.
 */
@Component
class BoPlanRecordExport implements RecordExportPart {

	private final JdbcTemplate jdbc;

	BoPlanRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "boPlans";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> versions = this.jdbc.query("""
				SELECT id, version_no, plan_date, lasting_home, resources, wanted_services, unwanted_services, involved,
				       crisis_signs, crisis_helps, crisis_contacts, review_on, cadence, cadence_from,
				       step_down_criteria, step_down_reconsider_on, created_at, created_by
				FROM bo_plan_version WHERE participant_id = ? ORDER BY version_no""",
				(row, n) -> Entry.of("boPlanVersion", row.getLong("id"))
					.with("versionNo", Value.number(row.getInt("version_no")))
					.with("planDate", Value.date(row.getDate("plan_date")))
					.with("lastingHome", Value.text(row.getString("lasting_home")))
					.with("resources", Value.text(row.getString("resources")))
					.with("wantedServices", Value.text(row.getString("wanted_services")))
					.with("unwantedServices", Value.text(row.getString("unwanted_services")))
					.with("involved", Value.text(row.getString("involved")))
					.with("crisisSigns", Value.text(row.getString("crisis_signs")))
					.with("crisisHelps", Value.text(row.getString("crisis_helps")))
					.with("crisisContacts", Value.text(row.getString("crisis_contacts")))
					.with("reviewOn", Value.date(row.getDate("review_on")))
					.with("cadence", Value.code("Cadence", row.getString("cadence")))
					.with("cadenceFrom", Value.date(row.getDate("cadence_from")))
					.with("stepDownCriteria", Value.text(row.getString("step_down_criteria")))
					.with("stepDownReconsiderOn", Value.date(row.getDate("step_down_reconsider_on")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by"))),
				participantId);
		Map<Long, List<Entry>> goals = RecordExport.byOwner(this.jdbc.query("""
				SELECT g.version_id, g.position, g.life_area, g.wording, g.steps, g.responsible, g.other_name,
				       g.target_date, g.status, g.note
				FROM bo_plan_goal g JOIN bo_plan_version v ON v.id = g.version_id
				WHERE v.participant_id = ? ORDER BY g.version_id, g.position""",
				(row, n) -> Map.entry(row.getLong("version_id"),
						Entry.of("goal", null)
							.with("lifeArea", Value.code("LifeArea", row.getString("life_area")))
							.with("wording", Value.text(row.getString("wording")))
							.with("steps", Value.text(row.getString("steps")))
							.with("responsible", Value.codes("Responsible", row.getString("responsible")))
							.with("otherName", Value.text(row.getString("other_name")))
							.with("targetDate", Value.date(row.getDate("target_date")))
							.with("goalStatus", Value.code("GoalStatus", row.getString("status")))
							.with("note", Value.text(row.getString("note")))),
				participantId));
		Map<Long, List<Entry>> answers = RecordExport.byOwner(this.jdbc.query("""
				SELECT a.id, a.version_id, a.answered_on, a.kind, a.comment, a.recorded_at, a.recorded_by
				FROM bo_plan_agreement a JOIN bo_plan_version v ON v.id = a.version_id
				WHERE v.participant_id = ? ORDER BY a.id""",
				(row, n) -> Map.entry(row.getLong("version_id"),
						Entry.of("planAnswer", row.getLong("id"))
							.with("answeredOn", Value.date(row.getDate("answered_on")))
							.with("answerKind", Value.code("AgreementKind", row.getString("kind")))
							.with("comment", Value.text(row.getString("comment")))
							.with("createdAt", Value.moment(row.getTimestamp("recorded_at")))
							.with("createdBy", Value.staff(row.getObject("recorded_by")))),
				participantId));
		versions.forEach((version) -> {
			version.children().addAll(goals.getOrDefault(version.id(), List.of()));
			version.children().addAll(answers.getOrDefault(version.id(), List.of()));
		});
		List<Entry> all = new java.util.ArrayList<>(versions);
		all.addAll(this.jdbc.query("""
				SELECT id, held_on, attendees, outcome, created_at, created_by
				FROM bo_plan_needs_meeting WHERE participant_id = ? ORDER BY held_on, id""",
				(row, n) -> Entry.of("needsMeeting", row.getLong("id"))
					.with("heldOn", Value.date(row.getDate("held_on")))
					.with("attendees", Value.text(row.getString("attendees")))
					.with("outcome", Value.text(row.getString("outcome")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by"))),
				participantId));
		return all;
	}

}
