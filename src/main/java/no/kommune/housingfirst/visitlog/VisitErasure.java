package no.kommune.housingfirst.visitlog;

import no.kommune.housingfirst.participant.SqlErasure;

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
class VisitErasure extends SqlErasure {

	VisitErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc,
				"""
						SELECT (SELECT count(*) FROM visit v WHERE v.participant_id IN (:ids)
						          AND (v.note IS NOT NULL OR v.no_contact_text <> '' OR v.void_comment <> '')) AS "erasure.kind.visit.notes",
						       (SELECT count(*) FROM visit_correction c JOIN visit v ON v.id = c.visit_id
						        WHERE v.participant_id IN (:ids)
						          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL)) AS "erasure.kind.visit.corrections\"""",
				"""
						UPDATE visit
						SET note = NULL, no_contact_text = CASE WHEN no_contact_text IS NULL THEN NULL ELSE '' END,
						    void_comment = CASE WHEN void_comment IS NULL THEN NULL ELSE '' END
						WHERE participant_id IN (:ids)
						  AND (note IS NOT NULL OR no_contact_text <> '' OR void_comment <> '')""", """
						SELECT visitlog_erase_history(ARRAY[:ids]::bigint[])""");
	}

}
