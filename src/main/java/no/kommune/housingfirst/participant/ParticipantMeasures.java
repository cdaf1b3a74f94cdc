package no.kommune.housingfirst.participant;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of participants as a section leader measures them (DOMAIN.md §6): the caseload
 * of each caseworker and the exits of a period by reason. Counts only, aggregated in the
 * database, for the teams the user may see: no names, so nothing to audit.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantMeasures {

	/** Active participants (not exited) of a team with this caseworker as primary. */
	public record Caseload(long teamId, long caseworkerId, int active) {
	}

	/**
	 * Participants included in the period, followed up at some time in it (included by
	 * its end, not exited before its start), and still followed up at its end.
	 */
	public record PeriodCounts(int included, int followedUp, int activeAtEnd) {
	}

	/** Exits in the period with this reason. */
	public record Exits(ExitReason reason, int count) {
	}

	/** Restricted participants count for the section leader of their section only. */
	private static final String UNRESTRICTED = ParticipantAccess.unrestricted("p");

	private final NamedParameterJdbcTemplate jdbc;

	ParticipantMeasures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static MapSqlParameterSource params(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		return teams.isEmpty() ? null : ParticipantAccess.restrictionParams(
				new MapSqlParameterSource("teams", teams).addValue("caseworker", caseworkerId, Types.BIGINT), user);
	}

	/**
	 * Per team and primary caseworker, for the teams asked that the user may see,
	 * optionally one caseworker.
	 */
	public List<Caseload> caseloads(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId) {
		MapSqlParameterSource params = params(user, teamsAsked, caseworkerId);
		if (params == null) {
			return List.of();
		}
		return this.jdbc.query(
				"""
						SELECT team_id, primary_caseworker_id, count(*) AS active FROM participant p
						WHERE team_id IN (:teams) AND status <> 'EXITED' AND """ + UNRESTRICTED
						+ ParticipantAccess.caseworkerIs("primary_caseworker_id", caseworkerId) + """
								GROUP BY team_id, primary_caseworker_id ORDER BY team_id, primary_caseworker_id""",
				params, (rs, n) -> new Caseload(rs.getLong("team_id"), rs.getLong("primary_caseworker_id"),
						rs.getInt("active")));
	}

	/**
	 * The period's counts for the teams asked that the user may see (all their
	 * caseworkers), in one aggregate, by each participant's inclusion and exit dates.
	 */
	public PeriodCounts periodCounts(CurrentUser user, Set<Long> teamsAsked, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = params(user, teamsAsked, null);
		if (params == null) {
			return new PeriodCounts(0, 0, 0);
		}
		return this.jdbc.queryForObject(
				"""
						SELECT count(*) FILTER (WHERE included_on BETWEEN :from AND :to) AS included,
						       count(*) FILTER (WHERE included_on <= :to AND (exited_on IS NULL OR exited_on >= :from)) AS followed,
						       count(*) FILTER (WHERE included_on <= :to AND (exited_on IS NULL OR exited_on > :to)) AS at_end
						FROM participant p WHERE team_id IN (:teams) AND """
						+ UNRESTRICTED,
				params.addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)),
				(rs, n) -> new PeriodCounts(rs.getInt("included"), rs.getInt("followed"), rs.getInt("at_end")));
	}

	/**
	 * The active participants behind {@link #caseloads}: of the teams asked that the user
	 * may see, optionally one primary caseworker's.
	 */
	public Set<Long> activeIds(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId) {
		MapSqlParameterSource params = params(user, teamsAsked, caseworkerId);
		if (params == null) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("""
				SELECT id FROM participant p
				WHERE team_id IN (:teams) AND status <> 'EXITED' AND """ + UNRESTRICTED
				+ ParticipantAccess.caseworkerIs("primary_caseworker_id", caseworkerId), params, Long.class));
	}

	/**
	 * The participants behind {@link #exitsByReason}: exits in the period, with this
	 * reason (null: any).
	 */
	public Set<Long> exitIds(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId, LocalDate from, LocalDate to,
			ExitReason reason) {
		MapSqlParameterSource params = params(user, teamsAsked, caseworkerId);
		if (params == null) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("""
				SELECT DISTINCT s.participant_id
				FROM participant_status_change s JOIN participant p ON p.id = s.participant_id
				WHERE p.team_id IN (:teams)""" + ParticipantAccess.caseworkerIs("p.primary_caseworker_id", caseworkerId)
				+ """
						AND s.to_status = 'EXITED' AND s.effective_on BETWEEN :from AND :to AND """ + UNRESTRICTED + """
						AND (CAST(:reason AS TEXT) IS NULL OR s.reason = :reason)""",
				params.addValue("from", Date.valueOf(from))
					.addValue("to", Date.valueOf(to))
					.addValue("reason", (reason != null) ? reason.name() : null, Types.VARCHAR),
				Long.class));
	}

	/**
	 * Exits with an effective date in the period, by reason (an exit later re-opened
	 * still counts: it happened), for participants now in the teams asked.
	 */
	public List<Exits> exitsByReason(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId, LocalDate from,
			LocalDate to) {
		MapSqlParameterSource params = params(user, teamsAsked, caseworkerId);
		if (params == null) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT s.reason, count(*) AS exits
				FROM participant_status_change s JOIN participant p ON p.id = s.participant_id
				WHERE p.team_id IN (:teams)""" + ParticipantAccess.caseworkerIs("p.primary_caseworker_id", caseworkerId)
				+ """
						AND s.to_status = 'EXITED' AND s.effective_on BETWEEN :from AND :to AND """ + UNRESTRICTED + """
						GROUP BY s.reason ORDER BY s.reason""",
				params.addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)),
				(rs, n) -> new Exits(ExitReason.valueOf(rs.getString("reason")), rs.getInt("exits")));
	}

}
