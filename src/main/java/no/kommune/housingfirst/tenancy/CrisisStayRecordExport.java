package no.kommune.housingfirst.tenancy;

import java.util.List;

import no.kommune.housingfirst.participant.RecordExport.Entry;
import no.kommune.housingfirst.participant.RecordExport.Value;
import no.kommune.housingfirst.participant.RecordExportPart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stays in a crisis place or temporary housing in the record export: one query. */
@Component
class CrisisStayRecordExport implements RecordExportPart {

	private final JdbcTemplate jdbc;

	CrisisStayRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "crisisStays";
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public List<Entry> export(long participantId) {
		return this.jdbc.query("""
				SELECT id, kind, from_on, to_on, place, reason, created_at, created_by, updated_at, updated_by
				FROM crisis_stay WHERE participant_id = ? ORDER BY from_on, id""",
				(row, n) -> Entry.of("crisisStay", row.getLong("id"))
					.with("stayKind", Value.code("StayKind", row.getString("kind")))
					.with("fromOn", Value.date(row.getDate("from_on")))
					.with("toOn", Value.date(row.getDate("to_on")))
					.with("place", Value.text(row.getString("place")))
					.with("reason", Value.text(row.getString("reason")))
					.with("createdAt", Value.moment(row.getTimestamp("created_at")))
					.with("createdBy", Value.staff(row.getObject("created_by")))
					.with("updatedAt", Value.moment(row.getTimestamp("updated_at")))
					.with("updatedBy", Value.staff(row.getObject("updated_by"))),
				participantId);
	}

}
