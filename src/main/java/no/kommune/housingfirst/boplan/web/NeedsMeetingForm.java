package no.kommune.housingfirst.boplan.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.boplan.NeedsMeetingRecord;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/** A "hva trengs nå?" meeting, as typed; {@code key}: one save per submission. */
record NeedsMeetingForm(String key, String heldOn, String attendees, String outcome) {

	static NeedsMeetingForm fresh(LocalDate today) {
		return new NeedsMeetingForm(UUID.randomUUID().toString(), today.toString(), "", "");
	}

	NeedsMeetingRecord meeting(Errors errors) {
		FormInput in = new FormInput(errors);
		LocalDate day = in.date("heldOn", this.heldOn, true);
		String who = in.text("attendees", this.attendees, true, 1000);
		String result = in.text("outcome", this.outcome, true, 4000);
		return errors.hasErrors() ? null : new NeedsMeetingRecord(day, who, result);
	}

	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

}
