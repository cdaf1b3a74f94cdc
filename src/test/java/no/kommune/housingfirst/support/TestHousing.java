package no.kommune.housingfirst.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.kommune.housingfirst.housing.Deposit;
import no.kommune.housingfirst.housing.Districts;
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
import no.kommune.housingfirst.shared.security.Role;

/**
 * Gets a participant along the way into a home through the real services: districts and
 * units, an offer and a choice (an allocation), and a signed lease.
 */
public final class TestHousing {

	private final HousingUnits units;

	private final HousingOffers offers;

	private final HousingTenancies tenancies;

	private final Districts districts;

	private final TestStaff staff;

	TestHousing(HousingUnits units, HousingOffers offers, HousingTenancies tenancies, Districts districts,
			TestStaff staff) {
		this.units = units;
		this.offers = offers;
		this.tenancies = tenancies;
		this.districts = districts;
		this.staff = staff;
	}

	/** The district, added to the municipality's list unless it is there. */
	public String district(String name) {
		if (!this.districts.allNames().contains(name)) {
			this.districts.add(name);
		}
		return name;
	}

	/** A unit registered by a housing officer of its own. */
	public long unit(String street, String district, int rent) {
		return unit(this.staff.withRole(Role.HOUSING_OFFICER), street, district, rent);
	}

	public long unit(CurrentUser by, String street, String district, int rent) {
		return this.units.register(by, UUID.randomUUID(), new UnitDetails(street, null, "7010", district(district),
				UnitKind.MUNICIPAL_RENTAL, 2, 48, 2, true, 40, rent, "Trondheim kommune", null, null, null));
	}

	/**
	 * Offers two new units and the participant chooses the first; the allocation's id.
	 */
	public long allocate(CurrentUser caseworker, long participant) {
		long chosen = unit(caseworker, TestStaff.unique("Valgtgata "), "Midtbyen", 8500);
		long other = unit(caseworker, TestStaff.unique("Andregata "), "Lerkendal", 7900);
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
