package no.kommune.housingfirst.boplan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.visitlog.HealthCareDeclines;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each participant's plan and agreement stand, for many participants at once: has a
 * plan, is it past its review date, is a "hva trengs nå?" meeting due (health care
 * declined since the first follow-up agreement the participant did not decline, and no
 * meeting since). Two queries for any number of participants (the plans and agreements,
 * and the visit log's declines). Min uke, the participant page, the home page and the
 * section leader's counts read it.
 */
@Component
@Transactional(readOnly = true)
class PlanFollowUp {

	/** One participant's state. {@code reviewOn} is null without a plan. */
	record State(boolean hasPlan, LocalDate reviewOn, LocalDate declinedOn, boolean meetingDue, boolean exited,
			boolean agreed) {

		boolean reviewOverdue(LocalDate today) {
			return !this.exited && this.reviewOn != null && this.reviewOn.isBefore(today);
		}

		boolean withoutPlan() {
			return !this.exited && !this.hasPlan;
		}

		/**
		 * A plan whose latest version the participant has not agreed to: no answer yet,
		 * or declined.
		 */
		boolean notAgreed() {
			return !this.exited && this.hasPlan && !this.agreed;
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final HealthCareDeclines declines;

	PlanFollowUp(NamedParameterJdbcTemplate jdbc, HealthCareDeclines declines) {
		this.jdbc = jdbc;
		this.declines = declines;
	}

	/**
	 * The state of each participant given (all of them are in the map). The visit log is
	 * asked for declined health care only about those with a follow-up agreement.
	 */
	Map<Long, State> of(Collection<Long> participantIds) {
		Map<Long, State> states = new HashMap<>();
		if (participantIds.isEmpty()) {
			return states;
		}
		record Row(long id, LocalDate reviewOn, LocalDate agreedOn, LocalDate metOn, boolean exited,
				boolean planAgreed) {
		}
		List<Row> rows = this.jdbc.query("""
				SELECT p.id,
				       (SELECT v.review_on FROM bo_plan_version v WHERE v.participant_id = p.id
				        ORDER BY v.version_no DESC LIMIT 1) AS review_on,
				       (SELECT min(a.agreed_on) FROM follow_up_agreement a
				        WHERE a.participant_id = p.id AND a.kind <> 'DECLINED') AS agreed_on,
				       (SELECT max(m.held_on) FROM bo_plan_needs_meeting m WHERE m.participant_id = p.id) AS met_on,
				       p.exited_on IS NOT NULL AS exited,
				       (SELECT a.kind FROM bo_plan_agreement a
				        WHERE a.version_id = (SELECT v.id FROM bo_plan_version v WHERE v.participant_id = p.id
				                              ORDER BY v.version_no DESC LIMIT 1)
				        ORDER BY a.id DESC LIMIT 1) IN ('SIGNED_ON_PAPER', 'AGREED_ORALLY') AS plan_agreed
				FROM participant p WHERE p.id IN (:ids)""", new MapSqlParameterSource("ids", participantIds),
				(rs, n) -> new Row(rs.getLong("id"), day(rs.getDate("review_on")), day(rs.getDate("agreed_on")),
						day(rs.getDate("met_on")), rs.getBoolean("exited"), rs.getBoolean("plan_agreed")));
		List<Long> agreed = rows.stream()
			.filter((row) -> row.agreedOn() != null && !row.exited())
			.map(Row::id)
			.toList();
		Map<Long, LocalDate> declined = agreed.isEmpty() ? Map.of() : this.declines.latest(agreed);
		for (Row row : rows) {
			LocalDate declinedOn = declined.get(row.id());
			states.put(row.id(),
					new State(row.reviewOn() != null, row.reviewOn(), declinedOn,
							BoPlanService.meetingDue(declinedOn, row.agreedOn(), row.metOn(), row.exited()),
							row.exited(), row.planAgreed()));
		}
		return states;
	}

	private static LocalDate day(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
