package no.kommune.housingfirst.staff;

import java.util.List;

/**
 * What a person leaves behind when they are deactivated: how many active participants
 * they follow, per team, and which section leaders must give them a new caseworker.
 * Counts and staff names only, never the participants themselves.
 */
public record Handover(int participants, List<TeamLine> teams) {

	public static final Handover NONE = new Handover(0, List.of());

	/**
	 * One team: how many participants have the person as primary and as secondary
	 * caseworker, and the active section leaders who reassign them (empty when the
	 * section has none).
	 */
	public record TeamLine(String teamName, String sectionName, int asPrimary, int asSecondary,
			List<String> sectionLeaders) {
	}

}
