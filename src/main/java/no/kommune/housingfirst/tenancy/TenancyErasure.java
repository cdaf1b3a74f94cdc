package no.kommune.housingfirst.tenancy;

import no.kommune.housingfirst.participant.SqlErasure;

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
class TenancyErasure extends SqlErasure {

	TenancyErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc,
				"""
						SELECT (SELECT count(*) FROM tenancy_event e WHERE e.participant_id IN (:ids)
						          AND (e.what_happened <> '' OR e.answer <> '')) AS "erasure.kind.tenancy.events",
						       (SELECT count(*) FROM tenancy_event_change c JOIN tenancy_event e ON e.id = c.event_id
						        WHERE e.participant_id IN (:ids)
						          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL)) AS "erasure.kind.tenancy.eventChanges",
						       (SELECT count(*) FROM caretaker_task t WHERE t.participant_id IN (:ids)
						          AND (t.what_to_do <> '' OR t.done_note IS NOT NULL)) AS "erasure.kind.tenancy.caretakerTasks",
						       (SELECT count(*) FROM crisis_stay s WHERE s.participant_id IN (:ids)
						          AND (s.place <> '' OR s.reason <> '')) AS "erasure.kind.tenancy.crisisStays\"""",
				"""
						UPDATE tenancy_event
						SET what_happened = '', answer = CASE WHEN answer IS NULL THEN NULL ELSE '' END, version = version + 1
						WHERE participant_id IN (:ids) AND (what_happened <> '' OR answer <> '')""",
				"""
						UPDATE caretaker_task SET what_to_do = '', done_note = NULL, version = version + 1
						WHERE participant_id IN (:ids) AND (what_to_do <> '' OR done_note IS NOT NULL)""", """
						UPDATE crisis_stay SET place = '', reason = '', version = version + 1
						WHERE participant_id IN (:ids) AND (place <> '' OR reason <> '')""", """
						SELECT tenancy_erase_history(ARRAY[:ids]::bigint[])""");
	}

}
