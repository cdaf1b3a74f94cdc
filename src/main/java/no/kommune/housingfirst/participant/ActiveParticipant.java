package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/**
 * A participant as follow-up measures need them: when they were in the programme, whose
 * they are. No case content.
 */
public record ActiveParticipant(long id, String fullName, long teamId, long primaryCaseworkerId,
		ParticipantStatus status, LocalDate includedOn, LocalDate exitedOn) {

	/**
	 * Active for the whole of the period: included by its first day, not exited before
	 * its last.
	 */
	public boolean activeThroughout(LocalDate first, LocalDate last) {
		return !this.includedOn.isAfter(first) && (this.exitedOn == null || !this.exitedOn.isBefore(last));
	}

}
