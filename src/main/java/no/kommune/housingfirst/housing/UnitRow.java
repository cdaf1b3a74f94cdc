package no.kommune.housingfirst.housing;

/**
 * One line of the unit register, with the building's Housing First share: how many of the
 * building's units are let to participants, out of how many.
 */
public record UnitRow(long id, String streetAddress, String unitLabel, String postcode, String district, UnitKind kind,
		int rooms, int monthlyRentKroner, UnitStatus status, int unitsInBuilding, int letToHousingFirstInBuilding) {

	/**
	 * The scattered-site principle: at most 20 % of a building's units for Housing First.
	 */
	public static final int MAX_BUILDING_SHARE_PERCENT = 20;

	/** Whether one more Housing First tenant would take the building over 20 %. */
	public boolean oneMoreWouldExceedShare() {
		return (this.letToHousingFirstInBuilding + 1) * 100 > MAX_BUILDING_SHARE_PERCENT * this.unitsInBuilding;
	}

}
