package no.kommune.housingfirst.boplan;

import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/** Two versions of a plan side by side and what changed between them. */
public record ComparisonView(ParticipantHeader header, int fromVersion, int toVersion, PlanContent from, PlanContent to,
		PlanComparison changes, List<Integer> versionNos) {
}
