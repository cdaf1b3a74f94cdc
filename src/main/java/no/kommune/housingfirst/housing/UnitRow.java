package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * One line of the unit register, with the building's Housing First share: how many of the
 * building's homes are let to or held for participants, out of how many homes the
 * building has (null when the housing service has not recorded it), and the date it is
 * available from (null: not recorded).
 */
public record UnitRow(long id, String streetAddress, String unitLabel, String postcode, String district, UnitKind kind,
		int rooms, int monthlyRentKroner, UnitStatus status, Integer homesInBuilding, int housingFirstInBuilding,
		LocalDate availableFrom, String buildingKey) {

	/** The address as every page writes it. */
	public String address() {
		return UnitAddress.of(this.streetAddress, this.unitLabel, this.postcode);
	}

	/**
	 * The scattered-site principle: at most 20 % of a building's homes for Housing First.
	 */
	public static final int MAX_BUILDING_SHARE_PERCENT = 20;

	/**
	 * Whether one more Housing First tenant would take the building over 20 % (unknown
	 * size: no).
	 */
	public boolean oneMoreWouldExceedShare() {
		return this.homesInBuilding != null
				&& (this.housingFirstInBuilding + 1) * 100 > MAX_BUILDING_SHARE_PERCENT * this.homesInBuilding;
	}

}
