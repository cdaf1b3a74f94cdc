package no.kommune.housingfirst.participant.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.participant.CurrentStay;
import no.kommune.housingfirst.participant.GuardianNeed;
import no.kommune.housingfirst.participant.Inclusion;
import no.kommune.housingfirst.participant.ParticipantDetails;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.Errors;

/**
 * The participant form, for inclusion and for editing. Fields are text as typed, checked
 * by {@link #details} and {@link #inclusion}; team and caseworkers are read only when
 * including, and {@code version} only when editing. Nothing else a browser posts reaches
 * the record.
 */
record ParticipantForm(String fullName, String birthDate, String phone, String currentStay, String currentStayOther,
		String monthsHomeless, String guardianNeed, String consentNav, String consentHousing, String consentDate,
		String practicalNotes, String teamId, String primaryCaseworkerId, String secondaryCaseworkerId,
		String includedOn, String version, String confirmDuplicate, String key) {

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	static final LocalDate EARLIEST_PROGRAMME_DATE = LocalDate.of(2000, 1, 1);

	static ParticipantForm empty(long teamId, long caseworkerId, LocalDate today) {
		return new ParticipantForm("", "", "", "", "", "", GuardianNeed.NO.name(), null, null, "", "",
				String.valueOf(teamId), String.valueOf(caseworkerId), "", today.toString(), "0", null,
				UUID.randomUUID().toString());
	}

	static ParticipantForm from(ParticipantDetails d, int version) {
		return new ParticipantForm(d.fullName(), d.birthDate().toString(), d.phone(), d.currentStay().name(),
				d.currentStayOther(), String.valueOf(d.monthsHomeless()), d.guardianNeed().name(),
				String.valueOf(d.consentNav()), String.valueOf(d.consentHousing()),
				(d.consentDate() != null) ? d.consentDate().toString() : "", d.practicalNotes(), null, null, null, null,
				String.valueOf(version), null, null);
	}

	/**
	 * The same typed values, based on a newer version (after a conflict the user has
	 * seen).
	 */
	ParticipantForm withVersion(int newVersion) {
		return new ParticipantForm(this.fullName, this.birthDate, this.phone, this.currentStay, this.currentStayOther,
				this.monthsHomeless, this.guardianNeed, this.consentNav, this.consentHousing, this.consentDate,
				this.practicalNotes, this.teamId, this.primaryCaseworkerId, this.secondaryCaseworkerId, this.includedOn,
				String.valueOf(newVersion), this.confirmDuplicate, this.key);
	}

	/** The same typed values under another submission key. */
	ParticipantForm withKey(String newKey) {
		return new ParticipantForm(this.fullName, this.birthDate, this.phone, this.currentStay, this.currentStayOther,
				this.monthsHomeless, this.guardianNeed, this.consentNav, this.consentHousing, this.consentDate,
				this.practicalNotes, this.teamId, this.primaryCaseworkerId, this.secondaryCaseworkerId, this.includedOn,
				this.version, this.confirmDuplicate, newKey);
	}

	/**
	 * The case content, or null when something is wrong (then {@code errors} says what).
	 */
	ParticipantDetails details(Errors errors, LocalDate today) {
		FormInput in = new FormInput(errors);
		String name = in.text("fullName", this.fullName, true, 200);
		LocalDate birth = in.date("birthDate", this.birthDate, true);
		if (birth != null && (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH))) {
			in.reject("birthDate", "participant.form.birthDate.range");
			birth = null;
		}
		String phoneNumber = in.text("phone", this.phone, false, 30);
		if (phoneNumber != null && !phoneNumber.matches("[+0-9 ()-]{3,30}")) {
			in.reject("phone", "participant.form.phone.invalid");
		}
		CurrentStay stay = in.choice("currentStay", this.currentStay, CurrentStay.class, true);
		String stayOther = in.text("currentStayOther", this.currentStayOther, stay == CurrentStay.OTHER, 200);
		Integer months = in.integer("monthsHomeless", this.monthsHomeless, true, 0, 1200);
		GuardianNeed guardian = in.choice("guardianNeed", this.guardianNeed, GuardianNeed.class, true);
		boolean nav = FormInput.checked(this.consentNav);
		boolean housing = FormInput.checked(this.consentHousing);
		LocalDate consentOn = in.date("consentDate", this.consentDate, nav || housing);
		checkRecent(in, "consentDate", consentOn, today);
		String notes = in.text("practicalNotes", this.practicalNotes, false, 2000);
		if (errors.hasErrors()) {
			return null;
		}
		return new ParticipantDetails(name, birth, phoneNumber, stay, stayOther, months, guardian, nav, housing,
				consentOn, notes);
	}

	/** Everything needed to include the participant, or null when something is wrong. */
	Inclusion inclusion(Errors errors, LocalDate today) {
		ParticipantDetails details = details(errors, today);
		FormInput in = new FormInput(errors);
		Long team = in.id("teamId", this.teamId, true);
		Long primary = in.id("primaryCaseworkerId", this.primaryCaseworkerId, true);
		Long secondary = in.id("secondaryCaseworkerId", this.secondaryCaseworkerId, false);
		if (primary != null && primary.equals(secondary)) {
			in.reject("secondaryCaseworkerId", "participant.rule.secondarySameAsPrimary");
		}
		UUID submission = submissionKey();
		if (submission == null) {
			errors.reject("participant.form.expired");
		}
		LocalDate included = in.date("includedOn", this.includedOn, true);
		checkRecent(in, "includedOn", included, today);
		if (errors.hasErrors()) {
			return null;
		}
		return new Inclusion(details, team, primary, secondary, included, submission);
	}

	/**
	 * Dates of this programme: not in the future, not before Housing First came to
	 * Norway.
	 */
	private static void checkRecent(FormInput in, String field, LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today)) {
			in.reject(field, "validation.notInFuture");
		}
		else if (date != null && date.isBefore(EARLIEST_PROGRAMME_DATE)) {
			in.reject(field, "participant.form.date.tooEarly");
		}
	}

	int versionOrZero() {
		return FormInput.version(this.version);
	}

	/** The key this form was handed out with, or null if it is missing or not a key. */
	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

	boolean duplicateConfirmed() {
		return FormInput.checked(this.confirmDuplicate);
	}

}
