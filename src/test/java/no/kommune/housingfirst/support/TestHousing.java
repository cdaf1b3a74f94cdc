package no.kommune.housingfirst.support;

import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.housing.HousingOffers;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.housing.HousingUnits;
import no.kommune.housingfirst.housing.LeaseTerm;
import no.kommune.housingfirst.housing.LeaseTerms;
import no.kommune.housingfirst.housing.OfferedUnit;
import no.kommune.housingfirst.housing.TenancyKind;
import no.kommune.housingfirst.housing.UnitDetails;
import no.kommune.housingfirst.housing.UnitKind;
import no.kommune.housingfirst.shared.security.CurrentUser;

/**
 * Gets a participant along the way into a home through the real services: units, an offer
 * and a choice (an allocation), and a signed lease.
 */
public final class TestHousing {

	private final HousingUnits units;

	private final HousingOffers offers;

	private final HousingTenancies tenancies;

	TestHousing(HousingUnits units, HousingOffers offers, HousingTenancies tenancies) {
		this.units = units;
		this.offers = offers;
		this.tenancies = tenancies;
	}

	public long unit(String street, String district, int rent) {
		return this.units.register(new UnitDetails(street, null, "7010", district, UnitKind.MUNICIPAL_RENTAL, 2, 48, 2,
				true, 40, rent, "Trondheim kommune", null, null));
	}

	/**
	 * Offers two new units and the participant chooses the first; the allocation's id.
	 */
	public long allocate(CurrentUser caseworker, long participant) {
		long chosen = unit(TestStaff.unique("Valgtgata "), "Midtbyen", 8500);
		long other = unit(TestStaff.unique("Andregata "), "Lerkendal", 7900);
		long offer = this.offers.offer(caseworker, participant, List.of(chosen, other));
		return this.offers.answer(caseworker, participant, offer, chosen, OfferedUnit.Answer.CHOSEN, null, null, null);
	}

	/**
	 * Allocates and signs a five-year lease with a NAV deposit guarantee; the tenancy's
	 * id.
	 */
	public long lease(CurrentUser caseworker, long participant, LocalDate start) {
		long allocation = allocate(caseworker, participant);
		return this.tenancies.sign(caseworker, participant, allocation, new LeaseTerms(TenancyKind.LEASE, start,
				LeaseTerm.FIVE_YEARS, null, 8500, "Trondheim kommune", Deposit.NAV_GUARANTEE, true));
	}

}
