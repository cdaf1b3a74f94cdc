package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * What a page of one housing step shows, read in one call: the participant's header (with
 * the consent to share with NAV), and the allocation with its unit or the tenancy.
 *
 * @param header the participant's header for the caseworker; null for the housing service
 * @param caseHeader the housing-only header for the housing service; null for the
 * caseworker
 * @param allocation the allocation, on the meeting and lease pages; null otherwise
 * @param tenancy the tenancy, on the move-in and end pages; null otherwise
 * @param address the unit's address
 * @param monthlyRentKroner the unit's rent, the lease form's default
 * @param landlord the unit's landlord, the lease form's default
 */
public record HousingStepPage(ParticipantHeader header, HousingCaseHeader caseHeader, AllocationView allocation,
		TenancyView tenancy, String address, int monthlyRentKroner, String landlord) {

	/**
	 * Shown to the housing service (ADR 0008): the case header, not the participant's.
	 */
	public boolean forHousingService() {
		return this.caseHeader != null;
	}

}
