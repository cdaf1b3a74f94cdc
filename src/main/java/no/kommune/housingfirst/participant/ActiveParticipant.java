package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/**
 * A participant as follow-up measures need them: when their current period of follow-up
 * began (inclusion, or re-opening after an exit), whether it ended, whose they are. No
 * case content.
 */
public record ActiveParticipant(long id, String fullName, long teamId, long primaryCaseworkerId,
		ParticipantStatus status, LocalDate activeSince, LocalDate exitedOn) {

	/**
	 * Active for the whole period: in follow-up by its first day, not exited before its
	 * last.
	 */
	public boolean activeThroughout(LocalDate first, LocalDate last) {
		return !this.activeSince.isAfter(first) && (this.exitedOn == null || !this.exitedOn.isBefore(last));
	}

}
