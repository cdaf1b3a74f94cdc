package no.kommune.housingfirst.participant;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The restriction periods' part of an erasure (ADR 0015, 0016): the grounds for
 * restricting and for lifting are free text about the person, so they go; that a period
 * was open from one day to another, and who opened and lifted it, stays.
 */
@Component
@org.springframework.core.annotation.Order(1)
class RestrictionErasure extends SqlErasure {

	RestrictionErasure(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, """
				SELECT count(*) AS "erasure.kind.participant.restrictions"
				FROM participant_restriction
				WHERE participant_id IN (:ids) AND (ground <> '' OR lift_reason <> '')""",
				"""
						UPDATE participant_restriction
						SET ground = '', lift_reason = CASE WHEN lift_reason IS NULL THEN NULL ELSE '' END, version = version + 1
						WHERE participant_id IN (:ids) AND (ground <> '' OR lift_reason <> '')""");
	}

}
