package no.kommune.housingfirst.visitlog.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.visitlog.Concern;
import no.kommune.housingfirst.visitlog.HomeCondition;
import no.kommune.housingfirst.visitlog.NoContactReason;
import no.kommune.housingfirst.visitlog.PracticalHelp;
import no.kommune.housingfirst.visitlog.Visit;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;

import org.springframework.validation.Errors;

/**
 * The visit form, built for a phone: date (today), kind (home visit) and contact are all
 * a visit with contact needs; without contact, also why. The rest is optional.
 * {@code key} identifies this one submission, so sending it twice saves one visit. Text
 * as typed, checked by {@link #details}; whether a reason belongs is {@link Visit}'s
 * rule.
 */
record VisitForm(String key, String date, String kind, String contact, String noContactReason, String noContactText,
		String durationMinutes, String homeCondition, List<String> concerns, List<String> help,
		String healthCareDeclined, String note, String version, String from) {

	static VisitForm fresh(LocalDate today, String from) {
		return new VisitForm(UUID.randomUUID().toString(), today.toString(), VisitKind.HOME_VISIT.name(), null, "", "",
				"", "", List.of(), List.of(), null, "", "0", from);
	}

	static VisitForm of(VisitDetails d, int version) {
		return new VisitForm(null, d.date().toString(), d.kind().name(), String.valueOf(d.contact()),
				(d.noContactReason() != null) ? d.noContactReason().name() : "",
				(d.noContactText() != null) ? d.noContactText() : "",
				(d.durationMinutes() != null) ? String.valueOf(d.durationMinutes()) : "",
				(d.homeCondition() != null) ? d.homeCondition().name() : "",
				d.concerns().stream().map(Enum::name).toList(), d.help().stream().map(Enum::name).toList(),
				String.valueOf(d.healthCareDeclined()), (d.note() != null) ? d.note() : "", String.valueOf(version),
				null);
	}

	VisitForm withVersion(int newVersion) {
		return new VisitForm(this.key, this.date, this.kind, this.contact, this.noContactReason, this.noContactText,
				this.durationMinutes, this.homeCondition, this.concerns, this.help, this.healthCareDeclined, this.note,
				String.valueOf(newVersion), this.from);
	}

	/** The visit, or null when something is wrong (then {@code errors} says what). */
	VisitDetails details(Errors errors) {
		FormInput in = new FormInput(errors);
		LocalDate on = in.date("date", this.date, true);
		VisitKind visitKind = in.choice("kind", this.kind, VisitKind.class, true);
		Boolean madeContact = null;
		if (FormInput.isBlank(this.contact)) {
			in.reject("contact", "visitlog.form.contact.required");
		}
		else if (this.contact.strip().equals("true") || this.contact.strip().equals("false")) {
			madeContact = Boolean.parseBoolean(this.contact.strip());
		}
		else {
			in.reject("contact", "validation.invalid");
		}
		NoContactReason reason = in.choice("noContactReason", this.noContactReason, NoContactReason.class, false);
		String reasonText = in.text("noContactText", this.noContactText, false, Visit.NO_CONTACT_TEXT_MAX);
		Integer minutes = in.integer("durationMinutes", this.durationMinutes, false, 1, 600);
		HomeCondition condition = in.choice("homeCondition", this.homeCondition, HomeCondition.class, false);
		Set<Concern> concernSet = choices(in, "concerns", this.concerns, Concern.class);
		Set<PracticalHelp> helpSet = choices(in, "help", this.help, PracticalHelp.class);
		if (condition == HomeCondition.NEEDS_ATTENTION && concernSet.isEmpty()) {
			in.reject("concerns", "visitlog.form.concerns.required");
		}
		String text = in.text("note", this.note, false, 4000);
		if (errors.hasErrors()) {
			return null;
		}
		return new VisitDetails(on, visitKind, madeContact, reason, reasonText, minutes, condition, concernSet, helpSet,
				FormInput.checked(this.healthCareDeclined), text);
	}

	UUID submissionKey() {
		return FormInput.submissionKey(this.key);
	}

	int versionOrMinusOne() {
		return FormInput.version(this.version);
	}

	boolean fromMyWeek() {
		return "my-week".equals(this.from);
	}

	private static <E extends Enum<E>> Set<E> choices(FormInput in, String field, List<String> values, Class<E> type) {
		Set<E> chosen = EnumSet.noneOf(type);
		if (values != null) {
			for (String value : values) {
				E choice = in.choice(field, value, type, false);
				if (choice != null) {
					chosen.add(choice);
				}
			}
		}
		return chosen;
	}

}
