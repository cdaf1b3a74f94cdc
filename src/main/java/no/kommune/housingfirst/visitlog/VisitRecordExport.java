package no.kommune.housingfirst.visitlog;

import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.RecordExport;
import no.kommune.housingfirst.participant.RecordExport.Correction;
import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every visit in the record export, voided ones too (with who voided them and why), each
 * with its correction history: two queries. A visit voided as logged on the wrong person
 * keeps only its date, kind and the voiding: its content is about somebody else. The
 * weekly roll-ups are counts derived from the visits and are not repeated.
 */
@Component
class VisitRecordExport implements RecordExportPart {

	private static final Map<String, String> CHOICES = Map.of("kind", "VisitKind", "homeCondition", "HomeCondition",
			"noContactReason", "NoContactReason");

	private static final Map<String, String> SEVERAL = Map.of("concerns", "Concern", "help", "PracticalHelp");

	private final JdbcTemplate jdbc;

	VisitRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "visits";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> visits = this.jdbc.query("""
				SELECT id, visit_date, kind, contact, no_contact_reason, no_contact_text, duration_minutes,
				       home_condition, concerns, practical_help, health_care_declined, note, created_at, created_by,
				       voided_at, voided_by, void_reason, void_comment
				FROM visit WHERE participant_id = ? ORDER BY visit_date, id""", (row, n) -> {
			// A visit logged on the wrong person describes somebody else: only the fact
			// that it was logged here, and voided, is this participant's data (art.
			// 15(4)).
			boolean someoneElse = VoidReason.WRONG_PARTICIPANT.name().equals(row.getString("void_reason"));
			return Entry.of("visit", row.getLong("id"))
				.with("date", Value.date(row.getDate("visit_date")))
				.with("kind", Value.code("VisitKind", row.getString("kind")))
				.with("contact", someoneElse ? null : Value.yesNo(row.getBoolean("contact")))
				.with("noContactReason",
						someoneElse ? null : Value.code("NoContactReason", row.getString("no_contact_reason")))
				.with("noContactText", someoneElse ? null : Value.text(row.getString("no_contact_text")))
				.with("durationMinutes", someoneElse ? null : Value.number((Number) row.getObject("duration_minutes")))
				.with("homeCondition",
						someoneElse ? null : Value.code("HomeCondition", row.getString("home_condition")))
				.with("concerns", someoneElse ? null : Value.codes("Concern", row.getString("concerns")))
				.with("help", someoneElse ? null : Value.codes("PracticalHelp", row.getString("practical_help")))
				.with("healthCareDeclined", someoneElse ? null : Value.yesNo(row.getBoolean("health_care_declined")))
				.with("note", someoneElse ? null : Value.text(row.getString("note")))
				.with("createdAt", Value.moment(row.getTimestamp("created_at")))
				.with("createdBy", Value.staff(row.getObject("created_by")))
				.with("voidedAt", Value.moment(row.getTimestamp("voided_at")))
				.with("voidedBy", Value.staff(row.getObject("voided_by")))
				.with("voidReason", Value.code("VoidReason", row.getString("void_reason")))
				.with("voidComment", Value.text(row.getString("void_comment")))
				.with("contentWithheld", someoneElse ? Value.yesNo(true) : null);
		}, participantId);
		Map<Long, List<Correction>> corrections = RecordExport.corrections(this.jdbc, """
				SELECT c.visit_id AS owner_id, c.corrected_at AS at, c.corrected_by AS by_id, c.field, c.old_value,
				       c.new_value
				FROM visit_correction c JOIN visit v ON v.id = c.visit_id
				WHERE v.participant_id = ? AND v.void_reason IS DISTINCT FROM 'WRONG_PARTICIPANT'
				ORDER BY c.corrected_at, c.id""", VisitRecordExport::typed, participantId);
		visits.forEach((visit) -> visit.corrections().addAll(corrections.getOrDefault(visit.id(), List.of())));
		return visits;
	}

	private static Value typed(String field, String raw) {
		if (CHOICES.containsKey(field)) {
			return Value.code(CHOICES.get(field), raw);
		}
		if (SEVERAL.containsKey(field)) {
			return Value.codes(SEVERAL.get(field), raw);
		}
		if (("contact".equals(field) || "healthCareDeclined".equals(field)) && raw != null) {
			return Value.yesNo(Boolean.valueOf(raw));
		}
		return Value.stored(raw);
	}

}
