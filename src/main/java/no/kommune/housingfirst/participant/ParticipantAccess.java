package no.kommune.housingfirst.participant;

import java.util.HashSet;
import java.util.Set;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The one place that decides which participants a person may see and what they may do
 * with them (need-to-know, tjenstlig behov). Every query filters on
 * {@link #visibleTeams}.
 *
 * <ul>
 * <li>Caseworker: the participants of the teams they belong to; reads and writes case
 * content.</li>
 * <li>Section leader: the participants of every team in their sections; reads and
 * reassigns, never writes case content.</li>
 * <li>NAV, housing officer, administrator: no participant pages at all.</li>
 * </ul>
 * A participant whose processing is restricted (GDPR art. 18, ADR 0016) is seen by the
 * section leader of its section only: every query that lists, counts or finds
 * participants adds {@link #unrestricted} (or, where no section leader is served, plain
 * {@code NOT p.restricted}).
 */
public final class ParticipantAccess {

	private ParticipantAccess() {
	}

	public static Set<Long> visibleTeams(CurrentUser user) {
		Set<Long> teams = new HashSet<>();
		if (user.hasRole(Role.CASEWORKER)) {
			teams.addAll(user.teamIds());
		}
		if (user.hasRole(Role.SECTION_LEADER)) {
			teams.addAll(user.sectionTeamIds());
		}
		return Set.copyOf(teams);
	}

	public static boolean mayWriteCaseContent(CurrentUser user, long teamId) {
		return user.hasRole(Role.CASEWORKER) && user.teamIds().contains(teamId);
	}

	/**
	 * The teams whose participants the user may move to another team or caseworker: a
	 * section leader's section.
	 */
	public static Set<Long> reassignableTeams(CurrentUser user) {
		return user.hasRole(Role.SECTION_LEADER) ? user.sectionTeamIds() : Set.of();
	}

	public static boolean mayReassign(CurrentUser user, long teamId) {
		return user.hasRole(Role.SECTION_LEADER) && user.sectionTeamIds().contains(teamId);
	}

	/**
	 * The teams whose restricted participants the user may still see: a section leader's
	 * section. Nobody else sees a restricted participant.
	 */
	public static Set<Long> restrictedVisibleTeams(CurrentUser user) {
		return reassignableTeams(user);
	}

	/**
	 * Restricting: a caseworker of the team (on the participant's request) or the section
	 * leader of its section.
	 */
	public static boolean mayRestrict(CurrentUser user, long teamId) {
		return mayWriteCaseContent(user, teamId) || mayLiftRestriction(user, teamId);
	}

	/** Lifting a restriction: the section leader of the participant's section only. */
	public static boolean mayLiftRestriction(CurrentUser user, long teamId) {
		return restrictedVisibleTeams(user).contains(teamId);
	}

	/**
	 * SQL condition on the participant table under {@code alias}: not restricted, or in a
	 * team whose restricted participants the user sees. Bind its parameter with
	 * {@link #restrictionParams}.
	 */
	public static String unrestricted(String alias) {
		return "(NOT " + alias + ".restricted OR " + alias + ".team_id IN (:restrictedVisibleTeams))";
	}

	/**
	 * SQL condition narrowing to one primary caseworker's participants, or nothing when
	 * none is chosen; {@code column} holds the caseworker and {@code :caseworker} is
	 * bound. Written only when needed: a condition {@code :caseworker IS NULL OR ...}
	 * looks selective to PostgreSQL's generic plan of a prepared statement, which then
	 * walked every participant of a section one index probe at a time (measured at size
	 * L: allocation meetings 2 -> 10 ms).
	 */
	public static String caseworkerIs(String column, Long caseworkerId) {
		return (caseworkerId != null) ? " AND " + column + " = :caseworker " : " ";
	}

	/** Adds the parameter {@link #unrestricted} needs. */
	public static MapSqlParameterSource restrictionParams(MapSqlParameterSource params, CurrentUser user) {
		return params.addValue("restrictedVisibleTeams", restrictedVisibleTeamsOrNone(user));
	}

	/**
	 * As {@link #restrictedVisibleTeams}, never empty (an empty IN list is not SQL): team
	 * 0, which does not exist, stands for none.
	 */
	static Set<Long> restrictedVisibleTeamsOrNone(CurrentUser user) {
		Set<Long> teams = restrictedVisibleTeams(user);
		return teams.isEmpty() ? Set.of(0L) : teams;
	}

}
