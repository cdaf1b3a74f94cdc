package no.kommune.housingfirst.boplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of plans that need something, for the people who act on them: per team for a
 * section leader (the dashboard shows them), and for a caseworker's own caseload on the
 * home page. Counts only, no names: nothing here is a read of a participant's record.
 */
@Service
@Transactional(readOnly = true)
public class BoPlanMeasures {

	/**
	 * Active participants of a team, and how many of them have no plan, a plan past its
	 * review date, a "hva trengs nå?" meeting due, or a plan they have not agreed to (no
	 * answer to its latest version yet, or declined).
	 */
	public record Counts(long teamId, int active, int withoutPlan, int reviewOverdue, int meetingsDue, int notAgreed) {

		/** What the home page's notes count (a plan not agreed to is the dashboard's). */
		public boolean anything() {
			return this.withoutPlan + this.reviewOverdue + this.meetingsDue > 0;
		}

	}

	/** A restricted participant counts for the section leader of its section only. */
	private static final String UNRESTRICTED = ParticipantAccess.unrestricted("p");

	private final NamedParameterJdbcTemplate jdbc;

	private final PlanFollowUp followUp;

	private final Clock clock;

	BoPlanMeasures(NamedParameterJdbcTemplate jdbc, PlanFollowUp followUp, Clock clock) {
		this.jdbc = jdbc;
		this.followUp = followUp;
		this.clock = clock;
	}

	/** Per team the user may see (a section leader: the section's teams), by team id. */
	public List<Counts> perTeam(CurrentUser user) {
		return perTeam(user, ParticipantAccess.visibleTeams(user));
	}

	/**
	 * As {@link #perTeam(CurrentUser)}, for only those of the teams asked that the user
	 * may see: a dashboard showing one team counts that one.
	 */
	public List<Counts> perTeam(CurrentUser user, Collection<Long> teamsAsked) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return List.of();
		}
		return count(this.followUp.inFollowUp(user, teams));
	}

	/**
	 * For a caseworker's own active participants (primary or secondary), all teams
	 * together (team id 0).
	 */
	public Counts ownCaseload(CurrentUser user) {
		List<Long> mine = new ArrayList<>();
		this.jdbc.query("""
				SELECT id FROM participant p
				WHERE (primary_caseworker_id = :me OR secondary_caseworker_id = :me) AND exited_on IS NULL
				  AND team_id IN (:teams) AND """ + UNRESTRICTED,
				ParticipantAccess.restrictionParams(new MapSqlParameterSource("me", user.id()).addValue("teams",
						user.teamIds().isEmpty() ? Set.of(-1L) : user.teamIds()), user),
				(rs) -> {
					mine.add(rs.getLong("id"));
				});
		Map<Long, PlanFollowUp.Placed> placed = new HashMap<>();
		this.followUp.of(mine)
			.forEach((participant, state) -> placed.put(participant, new PlanFollowUp.Placed(0, state)));
		List<Counts> counts = count(placed);
		return counts.isEmpty() ? new Counts(0, 0, 0, 0, 0, 0) : counts.get(0);
	}

	/** Which of the counts a list of participants is asked for. */
	public enum Need {

		WITHOUT_PLAN, REVIEW_OVERDUE, MEETING_DUE, NOT_AGREED

	}

	/**
	 * The active participants behind {@link #perTeam}'s count of this need, in the teams
	 * asked that the user may see.
	 */
	public Set<Long> ids(CurrentUser user, Set<Long> teamsAsked, Need need) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return Set.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, PlanFollowUp.State> states = new HashMap<>();
		this.followUp.inFollowUp(user, teams).forEach((participant, placed) -> states.put(participant, placed.state()));
		Set<Long> found = new HashSet<>();
		states.forEach((participant, state) -> {
			boolean matches = switch (need) {
				case WITHOUT_PLAN -> state.withoutPlan();
				case REVIEW_OVERDUE -> state.reviewOverdue(today);
				case MEETING_DUE -> state.meetingDue();
				case NOT_AGREED -> state.notAgreed();
			};
			if (matches) {
				found.add(participant);
			}
		});
		return found;
	}

	private List<Counts> count(Map<Long, PlanFollowUp.Placed> placed) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, int[]> byTeam = new TreeMap<>();
		placed.values().forEach((p) -> {
			int[] c = byTeam.computeIfAbsent(p.teamId(), (t) -> new int[5]);
			PlanFollowUp.State state = p.state();
			c[0]++;
			c[1] += state.withoutPlan() ? 1 : 0;
			c[2] += state.reviewOverdue(today) ? 1 : 0;
			c[3] += state.meetingDue() ? 1 : 0;
			c[4] += state.notAgreed() ? 1 : 0;
		});
		List<Counts> counts = new ArrayList<>();
		byTeam.forEach((team, c) -> counts.add(new Counts(team, c[0], c[1], c[2], c[3], c[4])));
		return counts;
	}

}
