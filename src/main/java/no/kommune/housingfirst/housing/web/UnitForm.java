package no.kommune.housingfirst.housing.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.housing.UnitDetails;
import no.kommune.housingfirst.housing.UnitKind;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/**
 * The unit form, text as typed; {@link #details} checks it. Status is never part of it.
 * {@code key} identifies one registration, so sending the new-unit form twice registers
 * one unit.
 */
record UnitForm(String key, String streetAddress, String unitLabel, String postcode, String district, String kind,
		String rooms, String areaSquareMetres, String floor, String lift, String buildingUnits,
		String monthlyRentKroner, String landlord, String landlordContact, String notes, String availableFrom,
		String version) {

	static UnitForm empty() {
		return new UnitForm(UUID.randomUUID().toString(), "", "", "", "", UnitKind.MUNICIPAL_RENTAL.name(), "2", "", "",
				null, "", "", "", "", "", "", "0");
	}

	static UnitForm from(UnitDetails d, int version) {
		return new UnitForm(null, d.streetAddress(), d.unitLabel(), d.postcode(), d.district(), d.kind().name(),
				String.valueOf(d.rooms()), text(d.areaSquareMetres()), text(d.floor()), String.valueOf(d.lift()),
				text(d.buildingUnits()), String.valueOf(d.monthlyRentKroner()), d.landlord(), d.landlordContact(),
				d.notes(), (d.availableFrom() != null) ? d.availableFrom().toString() : "", String.valueOf(version));
	}

	UnitDetails details(Errors errors) {
		FormInput in = new FormInput(errors);
		String street = in.text("streetAddress", this.streetAddress, true, 200);
		String label = in.text("unitLabel", this.unitLabel, false, 50);
		String code = in.text("postcode", this.postcode, true, 4);
		if (code != null && !code.matches("[0-9]{4}")) {
			in.reject("postcode", "housing.unit.postcode.invalid");
		}
		// One of the municipality's list; the service checks which.
		String area = in.text("district", this.district, true, 100);
		UnitKind unitKind = in.choice("kind", this.kind, UnitKind.class, true);
		Integer roomCount = in.integer("rooms", this.rooms, true, 1, 10);
		Integer size = in.integer("areaSquareMetres", this.areaSquareMetres, false, 5, 500);
		Integer level = in.integer("floor", this.floor, false, -2, 60);
		Integer building = in.integer("buildingUnits", this.buildingUnits, false, 1, 5000);
		Integer rent = in.integer("monthlyRentKroner", this.monthlyRentKroner, true, 0, 100_000);
		String owner = in.text("landlord", this.landlord, false, 200);
		String contact = in.text("landlordContact", this.landlordContact, false, 200);
		String text = in.text("notes", this.notes, false, 2000);
		LocalDate from = in.date("availableFrom", this.availableFrom, false);
		if (errors.hasErrors()) {
			return null;
		}
		return new UnitDetails(street, label, code, area, unitKind, roomCount, size, level,
				FormInput.checked(this.lift), building, rent, owner, contact, text, from);
	}

	/** The submission key; null when missing or tampered with. */
	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

	int versionOrMinusOne() {
		return FormInput.version(this.version);
	}

	private static String text(Integer value) {
		return (value == null) ? "" : String.valueOf(value);
	}

}
