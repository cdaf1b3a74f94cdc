package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * What the housing service records about a unit; money in whole kroner. The district is
 * one of the municipality's list ({@link Districts}); {@code availableFrom} ("ledig fra")
 * is optional.
 */
public record UnitDetails(String streetAddress, String unitLabel, String postcode, String district, UnitKind kind,
		int rooms, Integer areaSquareMetres, Integer floor, boolean lift, Integer buildingUnits, int monthlyRentKroner,
		String landlord, String landlordContact, String notes, LocalDate availableFrom) {
}
