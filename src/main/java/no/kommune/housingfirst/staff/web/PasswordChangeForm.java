package no.kommune.housingfirst.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, and the new one twice. */
record PasswordChangeForm(
		@NotBlank(message = "{validation.required}") @Size(max = 256,
				message = "{validation.tooLong}") String currentPassword,
		@NotBlank(message = "{validation.required}") @Size(max = 256,
				message = "{validation.tooLong}") String newPassword,
		@NotBlank(message = "{validation.required}") @Size(max = 256,
				message = "{validation.tooLong}") String confirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
