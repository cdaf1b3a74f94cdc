package no.kommune.housingfirst.housing;

/** What the housing service records about a unit; money in whole kroner. */
public record UnitDetails(String streetAddress, String unitLabel, String postcode, String district, UnitKind kind,
		int rooms, Integer areaSquareMetres, Integer floor, boolean lift, Integer buildingUnits, int monthlyRentKroner,
		String landlord, String landlordContact, String notes) {
}
