package no.kommune.housingfirst.survey;

import java.util.Collection;
import java.util.Map;

import no.kommune.housingfirst.participant.PersonalDataErasure;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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
class SurveyErasure implements PersonalDataErasure {

	private final NamedParameterJdbcTemplate jdbc;

	SurveyErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> wouldErase(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return Map.of();
		}
		Integer count = this.jdbc.queryForObject(
				"SELECT count(*) FROM survey_response WHERE participant_id IN (:ids) AND free_text IS NOT NULL",
				new MapSqlParameterSource("ids", participantIds), Integer.class);
		return Map.of("erasure.kind.survey.freeTexts", (count == null) ? 0 : count);
	}

	@Override
	public void erase(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return;
		}
		this.jdbc.queryForList("SELECT survey_erase(ARRAY[:ids]::bigint[])",
				new MapSqlParameterSource("ids", participantIds));
	}

}
