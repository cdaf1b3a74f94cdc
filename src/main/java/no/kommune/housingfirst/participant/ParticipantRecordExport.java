package no.kommune.housingfirst.participant;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.participant.RecordExport.Correction;
import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.staff.Organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The participant's own record in the export, with every change to it (who, when, old and
 * new value, why), the status history and the periods of restricted processing (GDPR art.
 * 18: who restricted, when and on what ground; who lifted it, when and why): four
 * queries.
 */
@Component
class ParticipantRecordExport implements RecordExportPart {

	/** Fields whose history holds the code of a choice, and the labels' prefix. */
	private static final Map<String, String> CHOICES = Map.of("currentStay", "CurrentStay", "guardianNeed",
			"GuardianNeed");

	private static final Set<String> YES_NO = Set.of("consentNav", "consentHousing");

	private final JdbcTemplate jdbc;

	private final Organisation organisation;

	ParticipantRecordExport(JdbcTemplate jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	@Override
	public String key() {
		return "record";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> entries = new java.util.ArrayList<>(this.jdbc.query("""
				SELECT id, team_id, primary_caseworker_id, secondary_caseworker_id, full_name, birth_date, phone,
				       current_stay, current_stay_other, months_homeless, guardian_need, consent_nav, consent_housing,
				       consent_date, practical_notes, status, included_on, active_since, exited_on, exit_reason,
				       created_at, created_by
				FROM participant WHERE id = ?""",
				(row, n) -> Entry.of("participant", row.getLong("id"))
					.with("fullName", Value.text(row.getString("full_name")))
					.with("birthDate", Value.date(row.getDate("birth_date")))
					.with("phone", Value.text(row.getString("phone")))
					.with("team", Value.text(this.organisation.teamName(row.getLong("team_id"))))
					.with("primaryCaseworker", Value.staff(row.getObject("primary_caseworker_id")))
					.with("secondaryCaseworker", Value.staff(row.getObject("secondary_caseworker_id")))
					.with("currentStay", Value.code("CurrentStay", row.getString("current_stay")))
					.with("currentStayOther", Value.text(row.getString("current_stay_other")))
					.with("monthsHomeless", Value.number(row.getInt("months_homeless")))
					.with("guardianNeed", Value.code("GuardianNeed", row.getString("guardian_need")))
					.with("consentNav", Value.yesNo(row.getBoolean("consent_nav")))
					.with("consentHousing", Value.yesNo(row.getBoolean("consent_housing")))
					.with("consentDate", Value.date(row.getDate("consent_date")))
					.with("practicalNotes", Value.text(row.getString("practical_notes")))
					.with("status", Value.code("ParticipantStatus", row.getString("status")))
					.with("includedOn", Value.date(row.getDate("included_on")))
					.with("activeSince", Value.date(row.getDate("active_since")))
					.with("exitedOn", Value.date(row.getDate("exited_on")))
					.with("exitReason", Value.code("ExitReason", row.getString("exit_reason")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by"))),
				participantId));
		Map<Long, List<Correction>> changes = RecordExport.corrections(this.jdbc, """
				SELECT participant_id AS owner_id, changed_at AS at, changed_by AS by_id, field, old_value, new_value,
				       reason
				FROM participant_change WHERE participant_id = ? ORDER BY changed_at, id""",
				ParticipantRecordExport::typed, participantId);
		entries.forEach((entry) -> entry.corrections().addAll(changes.getOrDefault(entry.id(), List.of())));
		entries.addAll(this.jdbc.query("""
				SELECT id, from_status, to_status, reason, effective_on, changed_at, changed_by
				FROM participant_status_change WHERE participant_id = ? ORDER BY changed_at, id""",
				(row, n) -> Entry.of("statusChange", row.getLong("id"))
					.with("fromStatus", Value.code("ParticipantStatus", row.getString("from_status")))
					.with("toStatus", Value.code("ParticipantStatus", row.getString("to_status")))
					.with("exitReason", Value.code("ExitReason", row.getString("reason")))
					.with("effectiveOn", Value.date(row.getDate("effective_on")))
					.with("changedAt", Value.moment(row.getTimestamp("changed_at")))
					.with("changedBy", Value.staff(row.getObject("changed_by"))),
				participantId));
		entries.addAll(this.jdbc.query("""
				SELECT id, restricted_at, restricted_by, ground, lifted_at, lifted_by, lift_reason
				FROM participant_restriction WHERE participant_id = ? ORDER BY restricted_at, id""",
				(row, n) -> Entry.of("restriction", row.getLong("id"))
					.with("restrictedAt", Value.moment(row.getTimestamp("restricted_at")))
					.with("restrictedBy", Value.staff(row.getObject("restricted_by")))
					.with("ground", Value.text(row.getString("ground")))
					.with("liftedAt", Value.moment(row.getTimestamp("lifted_at")))
					.with("liftedBy", Value.staff(row.getObject("lifted_by")))
					.with("liftReason", Value.text(row.getString("lift_reason"))),
				participantId));
		return entries;
	}

	private static Value typed(String field, String raw) {
		if (CHOICES.containsKey(field)) {
			return Value.code(CHOICES.get(field), raw);
		}
		return YES_NO.contains(field) && raw != null ? Value.yesNo(Boolean.valueOf(raw)) : Value.stored(raw);
	}

}
