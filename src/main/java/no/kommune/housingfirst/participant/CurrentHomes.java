package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a participant lives now, when it is a home of their own: the housing module knows
 * and implements this, since it depends on this module and not the other way round. The
 * participant page shows it instead of where they stayed at inclusion.
 */
public interface CurrentHomes {

	/** The current home (moved in, tenancy not ended), if there is one; one query. */
	Optional<Home> of(long participantId);

	/**
	 * A home of one's own as the participant page shows it.
	 *
	 * @param lease true for a lease, false for a purchase with startlån
	 * @param endsOn the lease's end, null when indefinite or bought
	 * @param monthlyRentKroner null for a purchase
	 */
	record Home(String address, boolean lease, LocalDate startsOn, LocalDate endsOn, Integer monthlyRentKroner,
			String landlord, LocalDate movedInOn) {
	}

}
