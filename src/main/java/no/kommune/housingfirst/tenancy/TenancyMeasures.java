package no.kommune.housingfirst.tenancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for the section leader's dashboard and the home pages: complaints past their
 * response deadline and tenancies at risk, per team. No participant is named, so nothing
 * is read from a record and nothing is audited. Only active participants count.
 */
@Service
@Transactional(readOnly = true)
public class TenancyMeasures {

	private final NamedParameterJdbcTemplate jdbc;

	private final RiskQueries risks;

	private final Clock clock;

	TenancyMeasures(NamedParameterJdbcTemplate jdbc, RiskQueries risks, Clock clock) {
		this.jdbc = jdbc;
		this.risks = risks;
		this.clock = clock;
	}

	/** Per team of the leader's sections; nothing for anyone but a section leader. */
	public List<Counts> perTeam(CurrentUser user) {
		if (!user.hasRole(Role.SECTION_LEADER)) {
			return List.of();
		}
		return perTeam(user.sectionTeamIds(), LocalDate.now(this.clock));
	}

	/** Per team, ordered by team id; teams with nothing to count are left out. */
	List<Counts> perTeam(Collection<Long> teamIds, LocalDate today) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		Map<Long, int[]> counts = new TreeMap<>();
		this.jdbc.query("""
				SELECT p.team_id, count(*) AS overdue
				FROM tenancy_event e JOIN participant p ON p.id = e.participant_id
				WHERE p.team_id IN (:teams) AND p.status <> 'EXITED' AND e.kind = 'COMPLAINT'
				  AND e.answered_on IS NULL AND e.respond_by < :today
				GROUP BY p.team_id""", new MapSqlParameterSource("teams", teamIds).addValue("today", today), (rs) -> {
			counts.computeIfAbsent(rs.getLong("team_id"), (k) -> new int[2])[0] = rs.getInt("overdue");
		});
		this.risks.ofTeams(teamIds, today).values().forEach((assessed) -> {
			if (assessed.risk().atRisk()) {
				counts.computeIfAbsent(assessed.teamId(), (k) -> new int[2])[1]++;
			}
		});
		List<Counts> result = new ArrayList<>();
		counts.forEach((team, c) -> result.add(new Counts(team, c[0], c[1])));
		return result;
	}

	/** The caseworker's own participants (primary or secondary): the same two counts. */
	public Counts ownCaseload(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> own = this.jdbc.queryForList("""
				SELECT id FROM participant p
				WHERE (primary_caseworker_id = :me OR secondary_caseworker_id = :me) AND status <> 'EXITED'
				  AND """ + ParticipantAccess.unrestricted("p"),
				ParticipantAccess.restrictionParams(new MapSqlParameterSource("me", user.id()), user), Long.class);
		if (own.isEmpty()) {
			return new Counts(0, 0, 0);
		}
		Integer overdue = this.jdbc.queryForObject(
				"""
						SELECT count(*) FROM tenancy_event
						WHERE participant_id IN (:ids) AND kind = 'COMPLAINT' AND answered_on IS NULL AND respond_by < :today""",
				new MapSqlParameterSource("ids", own).addValue("today", today), Integer.class);
		long atRisk = this.risks.ofParticipants(own, today).values().stream().filter(TenancyRisk::atRisk).count();
		return new Counts(0, (overdue == null) ? 0 : overdue, (int) atRisk);
	}

	/** Complaints past their deadline and tenancies at risk, in one team (0: no team). */
	public record Counts(long teamId, int overdueComplaints, int atRisk) {
	}

}
