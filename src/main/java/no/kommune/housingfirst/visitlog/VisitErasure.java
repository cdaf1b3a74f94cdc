package no.kommune.housingfirst.visitlog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import no.kommune.housingfirst.participant.PersonalDataErasure;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The visit log's part of an erasure: the note, the "other" reason for no contact and the
 * comment on a voided visit (empty where a constraint wants a text), and the old and new
 * values of every correction. The date, kind, contact, minutes, concerns and help given
 * as codes, and who logged it stay: the compliance page, the dashboard and the yearly
 * report count them, and the weekly rollups are untouched.
 */
@Component
class VisitErasure implements PersonalDataErasure {

	private final NamedParameterJdbcTemplate jdbc;

	VisitErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> wouldErase(Collection<Long> participantIds) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (participantIds.isEmpty()) {
			return counts;
		}
		this.jdbc.query("""
				SELECT (SELECT count(*) FROM visit v WHERE v.participant_id IN (:ids)
				          AND (v.note IS NOT NULL OR v.no_contact_text <> '' OR v.void_comment <> '')) AS notes,
				       (SELECT count(*) FROM visit_correction c JOIN visit v ON v.id = c.visit_id
				        WHERE v.participant_id IN (:ids)
				          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL)) AS corrections""",
				new MapSqlParameterSource("ids", participantIds), (rs) -> {
					counts.put("erasure.kind.visit.notes", rs.getInt("notes"));
					counts.put("erasure.kind.visit.corrections", rs.getInt("corrections"));
				});
		return counts;
	}

	@Override
	public void erase(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return;
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", participantIds);
		this.jdbc.update("""
				UPDATE visit
				SET note = NULL, no_contact_text = CASE WHEN no_contact_text IS NULL THEN NULL ELSE '' END,
				    void_comment = CASE WHEN void_comment IS NULL THEN NULL ELSE '' END
				WHERE participant_id IN (:ids)
				  AND (note IS NOT NULL OR no_contact_text <> '' OR void_comment <> '')""", ids);
		this.jdbc.queryForList("SELECT visitlog_erase_history(ARRAY[:ids]::bigint[])", ids);
	}

}
