package no.kommune.housingfirst.tenancy;

import java.util.List;

import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The caretaker's tasks in the participant's home in the record export: one query. */
@Component
class CaretakerTaskRecordExport implements RecordExportPart {

	private final JdbcTemplate jdbc;

	CaretakerTaskRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "caretakerTasks";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<Entry> export(long participantId) {
		return this.jdbc.query("""
				SELECT id, tenancy_id, kind, what_to_do, assigned_to, due_on, done_on, done_by, done_note, created_at,
				       created_by
				FROM caretaker_task WHERE participant_id = ? ORDER BY due_on, id""",
				(row, n) -> Entry.of("caretakerTask", row.getLong("id"))
					.with("tenancy", Value.number(row.getLong("tenancy_id")))
					.with("taskKind", Value.code("CaretakerTaskKind", row.getString("kind")))
					.with("whatToDo", Value.text(row.getString("what_to_do")))
					.with("assignedTo", Value.staff(row.getObject("assigned_to")))
					.with("dueOn", Value.date(row.getDate("due_on")))
					.with("doneOn", Value.date(row.getDate("done_on")))
					.with("doneBy", Value.staff(row.getObject("done_by")))
					.with("doneNote", Value.text(row.getString("done_note")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by"))),
				participantId);
	}

}
