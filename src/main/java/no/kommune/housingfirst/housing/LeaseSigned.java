package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * A lease (or a purchase with startlån) was signed for an allocated unit. Published in
 * the signing transaction; the first-rent module opens NAV's task on it for a lease.
 *
 * @param firstRentDue the lease start, when NAV should have paid the first rent; null for
 * a purchase, which has no first rent
 */
public record LeaseSigned(long tenancyId, long participantId, long allocationId, LocalDate firstRentDue) {

	public boolean needsFirstRent() {
		return this.firstRentDue != null;
	}

}
