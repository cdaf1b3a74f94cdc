package no.kommune.housingfirst.visitlog.web;

import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.visitlog.Visit;
import no.kommune.housingfirst.visitlog.VoidReason;

import org.springframework.validation.Errors;

/**
 * Voiding a visit from its page: why (a short choice), an optional comment, and the
 * version the page showed, so a void made on an old page is refused instead of voiding
 * what someone has just corrected.
 */
record VoidForm(String reason, String comment, String version) {

	/** What was asked for: the reason and the comment, if any. */
	record Voiding(VoidReason reason, String comment) {
	}

	static VoidForm of(int version) {
		return new VoidForm("", "", String.valueOf(version));
	}

	VoidForm withVersion(int newVersion) {
		return new VoidForm(this.reason, this.comment, String.valueOf(newVersion));
	}

	/** The void, or null when something is wrong (then {@code errors} says what). */
	Voiding voiding(Errors errors) {
		FormInput in = new FormInput(errors);
		VoidReason why = in.choice("reason", this.reason, VoidReason.class, true);
		String text = in.text("comment", this.comment, false, Visit.VOID_COMMENT_MAX);
		return errors.hasErrors() ? null : new Voiding(why, text);
	}

	int versionOrMinusOne() {
		return FormInput.version(this.version);
	}

}
