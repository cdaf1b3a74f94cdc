package no.kommune.housingfirst.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new section, or a new team when {@code sectionId} is given. */
record OrganisationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String name,
		Long sectionId) {

	static OrganisationForm empty() {
		return new OrganisationForm("", null);
	}

}
