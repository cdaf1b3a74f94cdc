package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/**
 * A participant as other modules see it: enough to show and to check access, no case
 * content.
 */
public record ParticipantRef(long id, String fullName, LocalDate birthDate, ParticipantStatus status, long teamId,
		LocalDate includedOn, boolean consentNav, boolean consentHousing) {

	/**
	 * How the housing service refers to a participant who has not consented to sharing.
	 */
	public String reference() {
		return "HF-" + this.id;
	}

}
