package no.kommune.housingfirst.tenancy.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.tenancy.CrisisStays;
import no.kommune.housingfirst.tenancy.StayKind;

import org.springframework.validation.Errors;

/** A stay in a crisis place or temporary housing as typed; only these fields are read. */
record StayForm(String kind, String fromOn, String toOn, String place, String reason, String version,
		String submissionKey) {

	static final int PLACE_MAX = 200;

	static final int REASON_MAX = 500;

	static StayForm empty(LocalDate today) {
		return new StayForm(StayKind.CRISIS_PLACE.name(), today.toString(), "", "", "", "",
				UUID.randomUUID().toString());
	}

	static StayForm from(CrisisStays.Stay s) {
		return new StayForm(s.kind().name(), s.fromOn().toString(), (s.toOn() == null) ? "" : s.toOn().toString(),
				s.place(), s.reason(), String.valueOf(s.version()), "");
	}

	/** The details, or null with every problem next to its field. */
	CrisisStays.StayDetails details(Errors errors) {
		FormInput in = new FormInput(errors);
		StayKind k = in.choice("kind", this.kind, StayKind.class, true);
		LocalDate from = in.date("fromOn", this.fromOn, true);
		LocalDate to = in.date("toOn", this.toOn, false);
		String where = in.text("place", this.place, true, PLACE_MAX);
		String why = in.text("reason", this.reason, true, REASON_MAX);
		return errors.hasErrors() ? null : new CrisisStays.StayDetails(k, from, to, where, why);
	}

	UUID key() {
		UUID key = FormInput.submissionKey(this.submissionKey);
		return (key != null) ? key : UUID.randomUUID();
	}

}
