package no.kommune.housingfirst.participant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.StaffName;
import no.kommune.housingfirst.staff.StaffOption;
import no.kommune.housingfirst.staff.TeamSummary;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Active participants who need a new caseworker, for the section leader who reassigns
 * them: their primary or secondary caseworker has been deactivated, has lost the
 * caseworker role, or has left the participant's team. Worked out from the state as it is
 * (not stored), so a reassignment or a reactivation takes a participant off the list at
 * once. Only the teams the user may reassign
 * ({@link ParticipantAccess#reassignableTeams}).
 */
@Service
@AuditedTransaction
public class ParticipantsToReassign {

	private static final String GAPS = """
			FROM participant p
			WHERE p.team_id IN (:teams) AND p.status <> 'EXITED'
			  AND ((p.team_id, p.primary_caseworker_id) NOT IN (:present)
			       OR (p.secondary_caseworker_id IS NOT NULL
			           AND (p.team_id, p.secondary_caseworker_id) NOT IN (:present)))""";

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final StaffDirectory staff;

	private final Organisation organisation;

	ParticipantsToReassign(NamedParameterJdbcTemplate jdbc, AuditLog audit, StaffDirectory staff,
			Organisation organisation) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.staff = staff;
		this.organisation = organisation;
	}

	/** How many there are, for a notice on the caseload list; names no one. */
	public int count(CurrentUser user) {
		Set<Long> teams = ParticipantAccess.reassignableTeams(user);
		if (teams.isEmpty()) {
			return 0;
		}
		Integer count = this.jdbc.queryForObject("SELECT count(*) " + GAPS, params(teams, present(teams)),
				Integer.class);
		return (count == null) ? 0 : count;
	}

	/** The list itself, by name; audited as a list that showed participants. */
	public ToReassign list(CurrentUser user) {
		Set<Long> teams = ParticipantAccess.reassignableTeams(user);
		if (teams.isEmpty()) {
			return new ToReassign(List.of());
		}
		List<Object[]> pairs = present(teams);
		Set<List<Long>> present = pairs.stream()
			.map((pair) -> List.of((Long) pair[0], (Long) pair[1]))
			.collect(Collectors.toSet());
		List<Found> found = this.jdbc.query(
				"SELECT p.id, p.full_name, p.team_id, p.status, p.primary_caseworker_id, "
						+ "p.secondary_caseworker_id " + GAPS + " ORDER BY p.search_name, p.id",
				params(teams, pairs),
				(rs, n) -> new Found(rs.getLong("id"), rs.getString("full_name"), rs.getLong("team_id"),
						ParticipantStatus.valueOf(rs.getString("status")), rs.getLong("primary_caseworker_id"),
						(Long) rs.getObject("secondary_caseworker_id")));
		this.audit.searched(user, RecordType.PARTICIPANT_LIST);
		if (found.isEmpty()) {
			return new ToReassign(List.of());
		}
		Set<Long> caseworkerIds = new HashSet<>();
		found.forEach((f) -> {
			caseworkerIds.add(f.primary());
			if (f.secondary() != null) {
				caseworkerIds.add(f.secondary());
			}
		});
		Map<Long, StaffName> names = this.staff.namesAndStatusOf(caseworkerIds);
		Map<Long, String> teamNames = this.organisation.teams()
			.stream()
			.collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
		List<ToReassign.Row> rows = new ArrayList<>();
		for (Found f : found) {
			StaffName primary = names.get(f.primary());
			StaffName secondary = (f.secondary() != null) ? names.get(f.secondary()) : null;
			rows.add(new ToReassign.Row(f.id(), f.fullName(), teamNames.get(f.teamId()), f.status(), primary.fullName(),
					gap(primary, f.teamId(), present), (secondary != null) ? secondary.fullName() : null,
					(secondary != null) ? gap(secondary, f.teamId(), present) : null));
		}
		return new ToReassign(List.copyOf(rows));
	}

	/**
	 * The active caseworkers of the teams, as (team, caseworker) pairs: a participant
	 * whose caseworker is not among their team's pairs needs a new one. The pair (0, 0)
	 * matches nobody and keeps the list from being empty when a section has no active
	 * caseworker at all (then every active participant needs one).
	 */
	private List<Object[]> present(Set<Long> teams) {
		List<Object[]> present = new ArrayList<>();
		present.add(new Object[] { 0L, 0L });
		for (StaffOption caseworker : this.staff.caseworkersIn(teams)) {
			caseworker.teamIds()
				.stream()
				.filter(teams::contains)
				.forEach((team) -> present.add(new Object[] { team, caseworker.id() }));
		}
		return present;
	}

	private static MapSqlParameterSource params(Set<Long> teams, List<Object[]> present) {
		return new MapSqlParameterSource("teams", teams).addValue("present", present);
	}

	private static ToReassign.Gap gap(StaffName caseworker, long teamId, Set<List<Long>> present) {
		if (present.contains(List.of(teamId, caseworker.id()))) {
			return null;
		}
		return caseworker.active() ? ToReassign.Gap.NOT_IN_TEAM : ToReassign.Gap.DEACTIVATED;
	}

	private record Found(long id, String fullName, long teamId, ParticipantStatus status, long primary,
			Long secondary) {
	}

}
