package no.kommune.housingfirst.tenancy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import no.kommune.housingfirst.participant.PersonalDataErasure;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeping the home's part of an erasure: what happened and the answer in complaints and
 * other events (with their history of changes), what a caretaker was asked to do and
 * their note, and where and why a crisis stay happened. Kinds, sources, dates, arrears,
 * deadlines and stay days stay: the risk signs and the way into a home count them. Texts
 * a constraint requires become empty.
 */
@Component
class TenancyErasure implements PersonalDataErasure {

	private final NamedParameterJdbcTemplate jdbc;

	TenancyErasure(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> wouldErase(Collection<Long> participantIds) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (participantIds.isEmpty()) {
			return counts;
		}
		this.jdbc.query("""
				SELECT (SELECT count(*) FROM tenancy_event e WHERE e.participant_id IN (:ids)
				          AND (e.what_happened <> '' OR e.answer <> '')) AS events,
				       (SELECT count(*) FROM tenancy_event_change c JOIN tenancy_event e ON e.id = c.event_id
				        WHERE e.participant_id IN (:ids)
				          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL)) AS changes,
				       (SELECT count(*) FROM caretaker_task t WHERE t.participant_id IN (:ids)
				          AND (t.what_to_do <> '' OR t.done_note IS NOT NULL)) AS tasks,
				       (SELECT count(*) FROM crisis_stay s WHERE s.participant_id IN (:ids)
				          AND (s.place <> '' OR s.reason <> '')) AS stays""",
				new MapSqlParameterSource("ids", participantIds), (rs) -> {
					counts.put("erasure.kind.tenancy.events", rs.getInt("events"));
					counts.put("erasure.kind.tenancy.eventChanges", rs.getInt("changes"));
					counts.put("erasure.kind.tenancy.caretakerTasks", rs.getInt("tasks"));
					counts.put("erasure.kind.tenancy.crisisStays", rs.getInt("stays"));
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
				UPDATE tenancy_event
				SET what_happened = '', answer = CASE WHEN answer IS NULL THEN NULL ELSE '' END, version = version + 1
				WHERE participant_id IN (:ids) AND (what_happened <> '' OR answer <> '')""", ids);
		this.jdbc.update("""
				UPDATE caretaker_task SET what_to_do = '', done_note = NULL, version = version + 1
				WHERE participant_id IN (:ids) AND (what_to_do <> '' OR done_note IS NOT NULL)""", ids);
		this.jdbc.update("""
				UPDATE crisis_stay SET place = '', reason = '', version = version + 1
				WHERE participant_id IN (:ids) AND (place <> '' OR reason <> '')""", ids);
		this.jdbc.queryForList("SELECT tenancy_erase_history(ARRAY[:ids]::bigint[])", ids);
	}

}
