package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * A participant's way into a home so far: wishes, offers with their answers, allocations
 * with their meeting, and the homes (tenancies) with NAV's first-rent confirmation.
 *
 * @param header the participant's header for the team; null for the housing service
 * @param caseHeader the housing-only header for the housing service; null for the team
 * @param daysToHousing days from inclusion to the first move-in; null until then
 * @param rehousings tenancies that ended with the participant back in the search
 */
public record HousingOverview(ParticipantHeader header, HousingCaseHeader caseHeader, HousingWish.Wishes wishes,
		List<Offer> offers, List<Allocated> allocations, boolean hasOpenOffer, boolean hasCurrentHome,
		Long daysToHousing, int rehousings) {

	/**
	 * Whether NAV may see the first-rent tasks (the participant's consent to share with
	 * NAV).
	 */
	public boolean consentNav() {
		return forHousingService() ? this.caseHeader.consentNav() : this.header.consentNav();
	}

	/** A new offer can be made: in the search, no open offer, no current home. */
	public boolean mayOffer() {
		boolean included = forHousingService() ? this.caseHeader.included() : this.header.included();
		return included && !this.hasOpenOffer && !this.hasCurrentHome;
	}

	/**
	 * Shown to the housing service (ADR 0008): the case header, no first-rent details.
	 */
	public boolean forHousingService() {
		return this.caseHeader != null;
	}

	/** An offer as the page shows it. */
	public record Offer(long id, LocalDate madeOn, OfferStatus status, boolean allInOneDistrict, List<Unit> units) {

		public boolean open() {
			return this.status == OfferStatus.OPEN;
		}

	}

	/** One offered unit with the viewing and the answer. */
	public record Unit(long unitId, String address, String district, int rooms, int monthlyRentKroner,
			LocalDate viewingOn, String viewingWith, OfferedUnit.Answer answer, DeclineReason declineReason) {

		public boolean chosen() {
			return this.answer == OfferedUnit.Answer.CHOSEN;
		}

	}

	/** An allocation, its meeting, and the home it became (if it did). */
	public record Allocated(AllocationView allocation, String address, boolean meetingOverdue, Home home) {
	}

	/** A lease or purchase, with NAV's first-rent task for a lease. */
	public record Home(TenancyView tenancy, FirstRentStatus.Summary firstRent, boolean firstRentOverdue) {
	}

}
