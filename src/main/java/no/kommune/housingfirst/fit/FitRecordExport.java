package no.kommune.housingfirst.fit;

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
 * Every FIT session (ORS and SRS scores and their totals) in the record export, with its
 * corrections: two queries.
 */
@Component
class FitRecordExport implements RecordExportPart {

	private final JdbcTemplate jdbc;

	FitRecordExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String key() {
		return "fit";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<Entry> export(long participantId) {
		List<Entry> sessions = this.jdbc.query("""
				SELECT id, visit_id, session_date, ors_individual, ors_interpersonal, ors_social, ors_overall,
				       ors_total, srs_relationship, srs_goals, srs_approach, srs_overall, srs_total, created_at,
				       created_by
				FROM fit_session WHERE participant_id = ? ORDER BY session_date, id""", (row, n) -> {
			Entry session = Entry.of("fitSession", row.getLong("id"))
				.with("date", Value.date(row.getDate("session_date")))
				.with("visit", Value.number((Number) row.getObject("visit_id")));
			for (FitItem item : FitItem.values()) {
				session.with(item.field(), Value.number(row.getBigDecimal(column(item.field()))));
			}
			return session.with("orsTotal", Value.number(row.getBigDecimal("ors_total")))
				.with("srsTotal", Value.number(row.getBigDecimal("srs_total")))
				.with("createdAt", Value.moment(row.getTimestamp("created_at")))
				.with("createdBy", Value.staff(row.getObject("created_by")));
		}, participantId);
		Map<Long, List<Correction>> corrections = RecordExport.corrections(this.jdbc, """
				SELECT c.session_id AS owner_id, c.corrected_at AS at, c.corrected_by AS by_id, c.field, c.old_value,
				       c.new_value
				FROM fit_correction c JOIN fit_session s ON s.id = c.session_id
				WHERE s.participant_id = ? ORDER BY c.corrected_at, c.id""", RecordExport::stored, participantId);
		sessions.forEach((session) -> session.corrections().addAll(corrections.getOrDefault(session.id(), List.of())));
		return sessions;
	}

	/** orsIndividual -> ors_individual. */
	private static String column(String field) {
		return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

}
