package no.kommune.housingfirst.boplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kommune.housingfirst.participant.NoticeQuery;
import no.kommune.housingfirst.participant.NoticeRows;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.visitlog.HealthCareDeclines;

import no.kommune.housingfirst.shared.db.RecordRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each participant's plan and agreement stand, for many participants at once: has a
 * plan, is it past its review date, is a "hva trengs nå?" meeting due (health care
 * declined since the first follow-up agreement the participant did not decline, and no
 * meeting since). Two queries for any number of participants (the kept standings, V044,
 * and the visit log's declines), or none of its own when a page runs them with its other
 * notices. Min uke, the participant page, the home page and the section leader's counts
 * read it.
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
		if (participantIds.isEmpty()) {
			return new HashMap<>();
		}
		NoticeQuery<Row> query = rowsQuery(participantIds);
		List<Row> rows = this.jdbc.query(query.sql(), new MapSqlParameterSource(query.params()),
				RecordRows.of(Row.class));
		return states(rows, declinesOf(rows));
	}

	/** The latest declines of those with a follow-up agreement who are still followed. */
	private Map<Long, LocalDate> declinesOf(List<Row> rows) {
		List<Long> agreed = rows.stream()
			.filter((row) -> row.agreedOn() != null && !row.exited())
			.map(Row::id)
			.toList();
		return agreed.isEmpty() ? Map.of() : this.declines.latest(agreed);
	}

	/**
	 * What {@link #of(Collection, NoticeRows)} reads, for a page that runs it with its
	 * other notices in one statement: the declines of all of them, used only for those
	 * with a follow-up agreement.
	 */
	List<NoticeQuery<?>> queries(Collection<Long> participantIds) {
		return List.of(rowsQuery(participantIds), this.declines.latestQuery(participantIds));
	}

	/** The same states as {@link #of(Collection)}, from the rows of {@link #queries}. */
	Map<Long, State> of(Collection<Long> participantIds, NoticeRows fetched) {
		return states(fetched.of(rowsQuery(participantIds)),
				HealthCareDeclines.latest(fetched.of(this.declines.latestQuery(participantIds))));
	}

	private static Map<Long, State> states(List<Row> rows, Map<Long, LocalDate> declines) {
		Map<Long, State> states = new HashMap<>();
		for (Row row : rows) {
			boolean agreed = row.agreedOn() != null && !row.exited();
			LocalDate declinedOn = agreed ? declines.get(row.id()) : null;
			states.put(row.id(),
					new State(row.reviewOn() != null, row.reviewOn(), declinedOn,
							BoPlanService.meetingDue(declinedOn, row.agreedOn(), row.metOn(), row.exited()),
							row.exited(), row.planAgreed()));
		}
		return states;
	}

	/**
	 * Each participant's kept standing (V044), or none: no plan, no agreement, no
	 * meeting.
	 */
	private static final String ROWS = """
			SELECT p.id, p.team_id, s.review_on, s.agreed_on, s.met_on, p.exited_on IS NOT NULL AS exited,
			       coalesce(s.plan_agreed, FALSE) AS plan_agreed
			FROM participant p LEFT JOIN bo_plan_standing s ON s.participant_id = p.id
			WHERE\s""";

	private static NoticeQuery<Row> rowsQuery(Collection<Long> participantIds) {
		return new NoticeQuery<>(ROWS + "p.id IN (:ids)", Map.of("ids", participantIds), Row.class);
	}

	/** A participant's state and their team. */
	record Placed(long teamId, State state) {
	}

	/**
	 * The state of every participant in follow-up in the teams given that the user may
	 * see, by team: the standings in one read by team (a section's participants may be
	 * more than a statement takes as parameters), then the visit log's declines of those
	 * with a follow-up agreement.
	 */
	Map<Long, Placed> inFollowUp(CurrentUser user, Set<Long> teams) {
		List<Row> rows = this.jdbc.query(
				// Not exited: the status too, which is what the index of those in
				// follow-up (V046) is for.
				ROWS + "p.team_id IN (:teams) AND p.exited_on IS NULL AND p.status <> 'EXITED' AND "
						+ ParticipantAccess.unrestricted("p"),
				ParticipantAccess.restrictionParams(new MapSqlParameterSource("teams", teams), user),
				RecordRows.of(Row.class));
		Map<Long, State> states = states(rows, declinesOf(rows));
		Map<Long, Placed> placed = new HashMap<>();
		rows.forEach((row) -> placed.put(row.id(), new Placed(row.teamId(), states.get(row.id()))));
		return placed;
	}

	/** One participant's plan, agreement and meeting dates. */
	record Row(long id, long teamId, LocalDate reviewOn, LocalDate agreedOn, LocalDate metOn, boolean exited,
			boolean planAgreed) {
	}

}
