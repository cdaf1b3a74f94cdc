package no.kommune.housingfirst.firstrent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import no.kommune.housingfirst.participant.PersonalDataErasure;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NAV's part of an erasure: the payment reference of a confirmed first rent (which leads
 * to the person's case at NAV; empty, since a NAV payment must have one) and the old and
 * new values of corrections. Who paid, when, how much and the grants stay: the first-rent
 * measures count them.
 */
@Component
class FirstRentErasure implements PersonalDataErasure {

	private final NamedParameterJdbcTemplate jdbc;

	FirstRentErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> wouldErase(Collection<Long> participantIds) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (participantIds.isEmpty()) {
			return counts;
		}
		this.jdbc.query(
				"""
						SELECT (SELECT count(*) FROM first_rent_task f WHERE f.participant_id IN (:ids)
						          AND f.cancelled_on IS NULL AND f.reference <> '') AS refs,
						       (SELECT count(*) FROM first_rent_correction c JOIN first_rent_task f ON f.id = c.first_rent_task_id
						        WHERE f.participant_id IN (:ids)
						          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL)) AS corrections""",
				new MapSqlParameterSource("ids", participantIds), (rs) -> {
					counts.put("erasure.kind.firstrent.references", rs.getInt("refs"));
					counts.put("erasure.kind.firstrent.corrections", rs.getInt("corrections"));
				});
		return counts;
	}

	@Override
	public void erase(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return;
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", participantIds);
		// A task closed before NAV confirmed it has no reference (and may not change).
		this.jdbc.update("""
				UPDATE first_rent_task SET reference = ''
				WHERE participant_id IN (:ids) AND cancelled_on IS NULL AND reference <> ''""", ids);
		this.jdbc.queryForList("SELECT firstrent_erase_history(ARRAY[:ids]::bigint[])", ids);
	}

}
