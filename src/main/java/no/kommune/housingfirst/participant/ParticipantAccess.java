package no.kommune.housingfirst.participant;

import java.util.HashSet;
import java.util.Set;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

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

}
