package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/**
 * What every participant page shows at the top; later modules' sub-pages reuse it through
 * {@link ParticipantService#header}.
 *
 * @param consentNav whether the participant consented to sharing with NAV (what NAV's
 * first-rent task may show depends on it)
 * @param restricted processing is restricted (GDPR art. 18): only the section leader sees
 * the record
 * @param erased the personal data has been erased (ADR 0015): the name is a pseudonym and
 * the birth date only its decade, so neither is shown as a fact
 */
public record ParticipantHeader(long id, String fullName, LocalDate birthDate, int age, ParticipantStatus status,
		LocalDate includedOn, long daysSinceInclusion, long teamId, String teamName, long primaryCaseworkerId,
		String primaryCaseworkerName, Long secondaryCaseworkerId, String secondaryCaseworkerName, LocalDate exitedOn,
		int version, boolean consentNav, boolean consentHousing, boolean restricted, boolean erased) {

	public boolean exited() {
		return this.status == ParticipantStatus.EXITED;
	}

	public boolean included() {
		return this.status == ParticipantStatus.INCLUDED;
	}
}
