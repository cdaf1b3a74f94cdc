package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/** A participant's way into a home so far: offers with their answers, and allocations. */
public record HousingOverview(ParticipantHeader header, List<Offer> offers, List<Allocated> allocations,
		boolean hasOpenOffer) {

	/** An offer as the page shows it. */
	public record Offer(long id, LocalDate madeOn, OfferStatus status, boolean allInOneDistrict, List<Unit> units) {
	}

	/** One offered unit with the viewing and the answer. */
	public record Unit(long unitId, String address, String district, int rooms, int monthlyRentKroner,
			LocalDate viewingOn, String viewingWith, OfferedUnit.Answer answer, DeclineReason declineReason) {
	}

	/** An allocation and its meeting clock. */
	public record Allocated(long unitId, String address, LocalDate allocatedOn, LocalDate meetingDue,
			boolean meetingOverdue) {
	}

}
