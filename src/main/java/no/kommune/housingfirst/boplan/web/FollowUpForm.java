package no.kommune.housingfirst.boplan.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.boplan.AgreementKind;
import no.kommune.housingfirst.boplan.FollowUpTerms;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/**
 * The follow-up agreement form, saved as the agreement's next version. {@code key}: one
 * save per submission; {@code baseVersion}: the version the form started from.
 */
record FollowUpForm(String key, String baseVersion, String agreedOn, String visitArrangement, String unreachablePlan,
		String crisisContacts, String kind, String comment) {

	static FollowUpForm of(int baseVersion, FollowUpTerms current, LocalDate today) {
		if (current == null) {
			return new FollowUpForm(UUID.randomUUID().toString(), "0", today.toString(), "", "", "", "", "");
		}
		return new FollowUpForm(UUID.randomUUID().toString(), String.valueOf(baseVersion), today.toString(),
				text(current.visitArrangement()), text(current.unreachablePlan()), text(current.crisisContacts()), "",
				"");
	}

	FollowUpForm withBaseVersion(int version) {
		return new FollowUpForm(this.key, String.valueOf(version), this.agreedOn, this.visitArrangement,
				this.unreachablePlan, this.crisisContacts, this.kind, this.comment);
	}

	FollowUpTerms terms(Errors errors) {
		FormInput in = new FormInput(errors);
		LocalDate day = in.date("agreedOn", this.agreedOn, true);
		String arrangement = in.text("visitArrangement", this.visitArrangement, false, 1000);
		String unreachable = in.text("unreachablePlan", this.unreachablePlan, true, 2000);
		String contacts = in.text("crisisContacts", this.crisisContacts, false, 1000);
		AgreementKind how = in.choice("kind", this.kind, AgreementKind.class, true);
		String text = in.text("comment", this.comment, false, 1000);
		return errors.hasErrors() ? null : new FollowUpTerms(day, arrangement, unreachable, contacts, how, text);
	}

	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

	int baseVersionOrMinusOne() {
		return FormInput.version(this.baseVersion);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
