package no.kommune.housingfirst.housing.web;

import no.kommune.housingfirst.housing.DistrictRow;
import no.kommune.housingfirst.housing.Districts;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/** A new district, or a new name for one; text as typed. */
record DistrictForm(String name, String version) {

	static DistrictForm empty() {
		return new DistrictForm("", "0");
	}

	static DistrictForm from(DistrictRow district) {
		return new DistrictForm(district.name(), String.valueOf(district.version()));
	}

	/** The name, or null when it is missing or too long (then {@code errors} says so). */
	String name(Errors errors) {
		return new FormInput(errors).text("name", this.name, true, Districts.MAX_NAME_LENGTH);
	}

	int versionOrMinusOne() {
		return FormInput.version(this.version);
	}

}
