package no.kommune.housingfirst.fit;

/**
 * One team's FIT measures for the section leader (DOMAIN.md §6), among its active
 * participants: how many have each alert now, how many have had no session within the
 * days set, and how many have had one.
 */
public record FitTeamCounts(long teamId, long activeParticipants, long srsBelowAlliance, long srsDrop,
		long orsDeterioration, long orsImprovement, long withoutRecentFit, long withRecentFit) {

}
