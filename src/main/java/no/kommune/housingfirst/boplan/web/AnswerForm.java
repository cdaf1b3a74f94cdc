package no.kommune.housingfirst.boplan.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.boplan.AgreementKind;
import no.kommune.housingfirst.boplan.Answer;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/**
 * The participant's answer to a plan version, as typed; {@code key}: one save per
 * submission.
 */
record AnswerForm(String key, String on, String kind, String comment) {

	static AnswerForm fresh(LocalDate today) {
		return new AnswerForm(UUID.randomUUID().toString(), today.toString(), "", "");
	}

	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

	Answer answer(Errors errors) {
		FormInput in = new FormInput(errors);
		LocalDate day = in.date("on", this.on, true);
		AgreementKind how = in.choice("kind", this.kind, AgreementKind.class, true);
		String text = in.text("comment", this.comment, false, 1000);
		return errors.hasErrors() ? null : new Answer(day, how, text);
	}

}
