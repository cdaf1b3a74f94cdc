package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What the Bolig tab shows of NAV's first rent for each lease. The first-rent module
 * implements it: it depends on housing, so housing asks through this interface instead of
 * depending back on it.
 */
public interface FirstRentStatus {

	/** The first-rent state of each of these tenancies that has a task; one query. */
	Map<Long, Summary> forTenancies(Collection<Long> tenancyIds);

	/**
	 * NAV's first rent as the caseworker sees it.
	 *
	 * @param paidBy {@code NAV} or {@code PARTICIPANT}, null until confirmed (label key
	 * {@code RentPayer.<NAME>})
	 * @param establishmentGrant the decision's name (label key
	 * {@code EstablishmentGrant.<NAME>}), null if not recorded
	 */
	record Summary(LocalDate dueOn, boolean confirmed, boolean overdue, LocalDate cancelledOn, String paidBy,
			LocalDate paidOn, Long amountOre, String reference, Boolean depositGuaranteeGiven,
			String establishmentGrant, Boolean rentDeductionSetUp) {

		public boolean paidByNav() {
			return "NAV".equals(this.paidBy);
		}

		public boolean paidByParticipant() {
			return "PARTICIPANT".equals(this.paidBy);
		}

	}

}
