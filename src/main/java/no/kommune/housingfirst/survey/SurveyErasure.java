package no.kommune.housingfirst.survey;

import no.kommune.housingfirst.participant.SqlErasure;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The survey's part of an erasure: the free-text answer, which is tied to the person and
 * may say who they are. The scores stay: they are only ever read as a team's half-year
 * aggregate of at least five answers, and the results already published must not change.
 * Answers are append-only for the runtime role: the database function
 * {@code survey_erase} empties the text as the schema owner.
 */
@Component
class SurveyErasure extends SqlErasure {

	SurveyErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, """
				SELECT count(*) AS "erasure.kind.survey.freeTexts" FROM survey_response
				WHERE participant_id IN (:ids) AND free_text IS NOT NULL""", """
				SELECT survey_erase(ARRAY[:ids]::bigint[])""");
	}

}
