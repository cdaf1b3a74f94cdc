package no.kommune.housingfirst.participant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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
class ParticipantErasure implements PersonalDataErasure {

	private final NamedParameterJdbcTemplate jdbc;

	ParticipantErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> wouldErase(Collection<Long> participantIds) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (participantIds.isEmpty()) {
			return counts;
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", participantIds);
		this.jdbc.query("""
				SELECT count(*) AS identity,
				       count(*) FILTER (WHERE practical_notes IS NOT NULL OR current_stay_other IS NOT NULL) AS texts,
				       (SELECT count(*) FROM participant_change c WHERE c.participant_id IN (:ids)
				          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL OR c.reason IS NOT NULL)) AS history
				FROM participant WHERE id IN (:ids)""", ids, (rs) -> {
			counts.put("erasure.kind.participant.identity", rs.getInt("identity"));
			counts.put("erasure.kind.participant.texts", rs.getInt("texts"));
			counts.put("erasure.kind.participant.history", rs.getInt("history"));
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
				UPDATE participant
				SET full_name = 'P-' || id, search_name = 'p-' || id,
				    birth_date = make_date(extract(year FROM birth_date)::int / 10 * 10, 1, 1),
				    phone = NULL, current_stay_other = NULL, practical_notes = NULL, version = version + 1
				WHERE id IN (:ids)""", ids);
		this.jdbc.queryForList("SELECT participant_erase_history(ARRAY[:ids]::bigint[])", ids);
	}

}
