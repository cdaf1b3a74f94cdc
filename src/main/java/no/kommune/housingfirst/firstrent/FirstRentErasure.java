package no.kommune.housingfirst.firstrent;

import no.kommune.housingfirst.participant.SqlErasure;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NAV's part of an erasure: the payment reference of a confirmed first rent (which leads
 * to the person's case at NAV; empty, since a NAV payment must have one) and the old and
 * new values of corrections. Who paid, when, how much and the grants stay: the first-rent
 * measures count them. A task closed before NAV confirmed it has no reference (and may
 * not change).
 */
@Component
class FirstRentErasure extends SqlErasure {

	FirstRentErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc,
				"""
						SELECT (SELECT count(*) FROM first_rent_task f WHERE f.participant_id IN (:ids)
						          AND f.cancelled_on IS NULL AND f.reference <> '') AS "erasure.kind.firstrent.references",
						       (SELECT count(*) FROM first_rent_correction c JOIN first_rent_task f ON f.id = c.first_rent_task_id
						        WHERE f.participant_id IN (:ids)
						          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL)) AS "erasure.kind.firstrent.corrections\"""",
				"""
						UPDATE first_rent_task SET reference = ''
						WHERE participant_id IN (:ids) AND cancelled_on IS NULL AND reference <> ''""", """
						SELECT firstrent_erase_history(ARRAY[:ids]::bigint[])""");
	}

}
