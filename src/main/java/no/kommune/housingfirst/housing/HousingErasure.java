package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.participant.SqlErasure;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The housing module's part of an erasure: the wishes written out (pets, other), who came
 * to a viewing, the allocation meeting's minutes, the landlord, what went wrong when a
 * home was lost and where the person stayed after, and the old and new values of lease
 * corrections. Offers, answers and decline reasons (codes), allocations, dates, rents and
 * end reasons stay: days to housing, re-housings and housing stability are counted from
 * them. The unit itself is the housing service's and is not personal data.
 */
@Component
class HousingErasure extends SqlErasure {

	HousingErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc,
				"""
						SELECT (SELECT count(*) FROM housing_wish w WHERE w.participant_id IN (:ids)
						          AND (w.pets IS NOT NULL OR w.other IS NOT NULL)) AS "erasure.kind.housing.wishes",
						       (SELECT count(*) FROM housing_offer_unit u JOIN housing_offer o ON o.id = u.offer_id
						        WHERE o.participant_id IN (:ids) AND u.viewing_with IS NOT NULL) AS "erasure.kind.housing.viewings",
						       (SELECT count(*) FROM allocation a WHERE a.participant_id IN (:ids)
						          AND a.meeting_minutes IS NOT NULL) AS "erasure.kind.housing.meetings",
						       (SELECT count(*) FROM tenancy t WHERE t.participant_id IN (:ids)
						          AND num_nonnulls(t.landlord, t.what_went_wrong, t.stay_after_other) > 0) AS "erasure.kind.housing.tenancies",
						       (SELECT count(*) FROM tenancy_correction c JOIN tenancy t ON t.id = c.tenancy_id
						        WHERE t.participant_id IN (:ids)
						          AND (c.old_value IS NOT NULL OR c.new_value IS NOT NULL)) AS "erasure.kind.housing.corrections\"""",
				"""
						UPDATE housing_wish SET pets = NULL, other = NULL, version = version + 1
						WHERE participant_id IN (:ids) AND (pets IS NOT NULL OR other IS NOT NULL)""", """
						UPDATE housing_offer_unit u SET viewing_with = NULL
						FROM housing_offer o
						WHERE o.id = u.offer_id AND o.participant_id IN (:ids) AND u.viewing_with IS NOT NULL""", """
						UPDATE allocation SET meeting_minutes = NULL
						WHERE participant_id IN (:ids) AND meeting_minutes IS NOT NULL""", """
						UPDATE tenancy SET landlord = NULL, what_went_wrong = NULL, stay_after_other = NULL
						WHERE participant_id IN (:ids)
						  AND num_nonnulls(landlord, what_went_wrong, stay_after_other) > 0""", """
						SELECT housing_erase_history(ARRAY[:ids]::bigint[])""");
	}

}
