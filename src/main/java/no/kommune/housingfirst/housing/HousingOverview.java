package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * A participant's way into a home so far: wishes, offers with their answers, allocations
 * with their meeting, and the homes (tenancies) with NAV's first-rent confirmation.
 *
 * @param daysToHousing days from inclusion to the first move-in; null until then
 * @param rehousings tenancies that ended with the participant back in the search
 * @param consentNav whether NAV may see the first-rent tasks (consent to share with NAV)
 */
public record HousingOverview(ParticipantHeader header, HousingWish.Wishes wishes, List<Offer> offers,
		List<Allocated> allocations, boolean hasOpenOffer, boolean hasCurrentHome, Long daysToHousing, int rehousings,
		boolean consentNav) {

	/** An offer as the page shows it. */
	public record Offer(long id, LocalDate madeOn, OfferStatus status, boolean allInOneDistrict, List<Unit> units) {
	}

	/** One offered unit with the viewing and the answer. */
	public record Unit(long unitId, String address, String district, int rooms, int monthlyRentKroner,
			LocalDate viewingOn, String viewingWith, OfferedUnit.Answer answer, DeclineReason declineReason) {
	}

	/** An allocation, its meeting, and the home it became (if it did). */
	public record Allocated(Allocation allocation, String address, boolean meetingOverdue, Home home) {
	}

	/** A lease or purchase, with NAV's first-rent task for a lease. */
	public record Home(Tenancy tenancy, FirstRentStatus.Summary firstRent, boolean firstRentOverdue) {
	}

}
