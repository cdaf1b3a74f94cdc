package no.kommune.housingfirst.participant;

import java.util.List;

/**
 * A section leader's list of active participants whose primary or secondary caseworker is
 * gone: deactivated, or no longer a caseworker in the participant's team.
 */
public record ToReassign(List<Row> rows) {

	/**
	 * Why a caseworker can no longer follow the participant. Labels:
	 * {@code ToReassign.Gap.<NAME>}.
	 */
	public enum Gap {

		DEACTIVATED, NOT_IN_TEAM

	}

	/**
	 * One participant; a gap is null where that caseworker is still there (and the
	 * secondary caseworker's name is null where there is none).
	 */
	public record Row(long id, String fullName, String teamName, ParticipantStatus status, String primaryName,
			Gap primaryGap, String secondaryName, Gap secondaryGap) {
	}

}
