package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantStatus;

/**
 * The top of a housing page as the housing service sees it (ADR 0008): the name and birth
 * date only with the participant's consent to share with the housing service, else a
 * reference; no team, caseworker or links to the rest of the record.
 *
 * @param name the full name, or the reference when there is no consent
 * @param birthDate null when there is no consent
 */
public record HousingCaseHeader(long id, String name, LocalDate birthDate, ParticipantStatus status,
		LocalDate includedOn, long daysSinceInclusion, boolean consentNav, boolean byReference) {

	static HousingCaseHeader of(ParticipantRef p, LocalDate today) {
		boolean named = p.consentHousing();
		return new HousingCaseHeader(p.id(), named ? p.fullName() : p.reference(), named ? p.birthDate() : null,
				p.status(), p.includedOn(), ChronoUnit.DAYS.between(p.includedOn(), today), p.consentNav(), !named);
	}

	public boolean included() {
		return this.status == ParticipantStatus.INCLUDED;
	}

}
