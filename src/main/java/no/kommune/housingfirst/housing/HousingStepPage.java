package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * What a page of one housing step shows, read in one call: the participant's header (with
 * the consent to share with NAV), and the allocation with its unit or the tenancy.
 *
 * @param allocation the allocation, on the meeting and lease pages; null otherwise
 * @param tenancy the tenancy, on the move-in and end pages; null otherwise
 * @param address the unit's address
 * @param monthlyRentKroner the unit's rent, the lease form's default
 * @param landlord the unit's landlord, the lease form's default
 */
public record HousingStepPage(ParticipantHeader header, AllocationView allocation, TenancyView tenancy, String address,
		int monthlyRentKroner, String landlord) {
}
