package no.kommune.housingfirst.caseload;

import java.time.LocalDate;

/**
 * What the leader chose to look at: a section (null: all they lead), a team, a
 * caseworker, and the period for the period figures (null: the last twelve months).
 */
public record CaseloadFilter(Long sectionId, Long teamId, Long caseworkerId, LocalDate from, LocalDate to) {

	public static CaseloadFilter all() {
		return new CaseloadFilter(null, null, null, null, null);
	}

}
