package no.kommune.housingfirst.participant;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The participant module's part of an erasure: the name becomes a pseudonym ({@code P-}
 * and the id, so lists and the access log still have something to show), the birth date
 * keeps only its decade, the phone and the free texts go, and so do the old and new
 * values in the history of changes. Status, dates, exit reason, team and caseworkers
 * stay: the measures count them.
 */
@Component
@org.springframework.core.annotation.Order(0)
class ParticipantErasure extends SqlErasure {

	ParticipantErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc,
				"""
						SELECT count(*) AS "erasure.kind.participant.identity",
						       count(*) FILTER (WHERE practical_notes IS NOT NULL OR current_stay_other IS NOT NULL) AS "erasure.kind.participant.texts",
						       (SELECT count(*) FROM participant_change c WHERE c.participant_id IN (:ids)
						          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL OR c.reason IS NOT NULL)) AS "erasure.kind.participant.history"
						FROM participant WHERE id IN (:ids)""",
				"""
						UPDATE participant
						SET full_name = 'P-' || id, search_name = 'p-' || id,
						    birth_date = make_date(extract(year FROM birth_date)::int / 10 * 10, 1, 1),
						    phone = NULL, current_stay_other = NULL, practical_notes = NULL, version = version + 1
						WHERE id IN (:ids)""", """
						SELECT participant_erase_history(ARRAY[:ids]::bigint[])""");
	}

}
