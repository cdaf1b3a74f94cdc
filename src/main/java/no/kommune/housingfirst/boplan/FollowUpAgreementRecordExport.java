package no.kommune.housingfirst.boplan;

import java.util.List;

import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every version of the follow-up agreement (how and how often the team visits, what it
 * does when it cannot reach the participant) in the record export: one query.
 */
@Component
class FollowUpAgreementRecordExport implements RecordExportPart {

	private final JdbcTemplate jdbc;

	FollowUpAgreementRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "agreements";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<Entry> export(long participantId) {
		return this.jdbc.query("""
				SELECT id, version_no, agreed_on, visit_arrangement, unreachable_plan, crisis_contacts, kind, comment,
				       created_at, created_by
				FROM follow_up_agreement WHERE participant_id = ? ORDER BY version_no""",
				(row, n) -> Entry.of("followUpAgreement", row.getLong("id"))
					.with("versionNo", Value.number(row.getInt("version_no")))
					.with("agreedOn", Value.date(row.getDate("agreed_on")))
					.with("visitArrangement", Value.text(row.getString("visit_arrangement")))
					.with("unreachablePlan", Value.text(row.getString("unreachable_plan")))
					.with("crisisContacts", Value.text(row.getString("crisis_contacts")))
					.with("answerKind", Value.code("AgreementKind", row.getString("kind")))
					.with("comment", Value.text(row.getString("comment")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by"))),
				participantId);
	}

}
