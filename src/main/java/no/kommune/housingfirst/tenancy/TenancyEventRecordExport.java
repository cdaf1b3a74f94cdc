package no.kommune.housingfirst.tenancy;

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
 * Tenancy events in the record export (complaints and the answers to them, damage,
 * warnings, notices to quit, rent arrears with a failed rent deduction and when NAV set
 * it up again), with their change history: two queries.
 */
@Component
class TenancyEventRecordExport implements RecordExportPart {

	private final JdbcTemplate jdbc;

	TenancyEventRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "tenancyEvents";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> events = this.jdbc.query("""
				SELECT id, tenancy_id, kind, occurred_on, source, what_happened, respond_by, answered_by, answer,
				       answered_on, arrears_ore, arrears_months, deduction_failed, deduction_restored_at,
				       deduction_restored_by, created_at, created_by
				FROM tenancy_event WHERE participant_id = ? ORDER BY occurred_on, id""",
				(row, n) -> Entry.of("tenancyEvent", row.getLong("id"))
					.with("tenancy", Value.number(row.getLong("tenancy_id")))
					.with("eventKind", Value.code("TenancyEventKind", row.getString("kind")))
					.with("occurredOn", Value.date(row.getDate("occurred_on")))
					.with("source", Value.code("EventSource", row.getString("source")))
					.with("whatHappened", Value.text(row.getString("what_happened")))
					.with("respondBy", Value.date(row.getDate("respond_by")))
					.with("answeredBy", Value.staff(row.getObject("answered_by")))
					.with("answer", Value.text(row.getString("answer")))
					.with("answeredOn", Value.date(row.getDate("answered_on")))
					.with("arrears", Value.money((Long) row.getObject("arrears_ore")))
					.with("arrearsMonths", Value.number((Number) row.getObject("arrears_months")))
					.with("deductionFailed", Value.yesNo(row.getBoolean("deduction_failed")))
					.with("deductionRestoredAt", Value.moment(row.getTimestamp("deduction_restored_at")))
					.with("deductionRestoredBy", Value.staff(row.getObject("deduction_restored_by")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by"))),
				participantId);
		Map<Long, List<Correction>> changes = RecordExport.corrections(this.jdbc, """
				SELECT c.event_id AS owner_id, c.changed_at AS at, c.changed_by AS by_id, c.field, c.old_value,
				       c.new_value
				FROM tenancy_event_change c JOIN tenancy_event e ON e.id = c.event_id
				WHERE e.participant_id = ? ORDER BY c.changed_at, c.id""", TenancyEventRecordExport::typed,
				participantId);
		events.forEach((event) -> event.corrections().addAll(changes.getOrDefault(event.id(), List.of())));
		return events;
	}

	private static Value typed(String field, String raw) {
		if ("source".equals(field)) {
			return Value.code("EventSource", raw);
		}
		if ("answeredBy".equals(field)) {
			// The history keeps the staff member's id: named like every other staff
			// value.
			return (raw == null) ? null : Value.staff(Long.valueOf(raw));
		}
		return ("deductionFailed".equals(field) && raw != null) ? Value.yesNo(Boolean.valueOf(raw)) : Value.stored(raw);
	}

}
