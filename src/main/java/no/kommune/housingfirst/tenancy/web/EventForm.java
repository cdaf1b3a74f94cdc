package no.kommune.housingfirst.tenancy.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.tenancy.EventSource;
import no.kommune.housingfirst.tenancy.TenancyEventKind;
import no.kommune.housingfirst.tenancy.TenancyEvents;

import org.springframework.validation.Errors;

/**
 * A tenancy event as typed; only these fields are ever read from the request. The amount
 * is kroner as people write it, kept as øre.
 */
record EventForm(String kind, String occurredOn, String source, String whatHappened, String respondBy,
		String answeredBy, String answer, String answeredOn, String arrears, String arrearsMonths,
		String deductionFailed, String version, String submissionKey) {

	static final int TEXT_MAX = 2000;

	/**
	 * 1 000 000 kroner in øre: arrears are never more; a typo with extra digits is
	 * caught.
	 */
	static final long MAX_ORE = 100_000_000L;

	static EventForm empty(LocalDate today) {
		return new EventForm(TenancyEventKind.COMPLAINT.name(), today.toString(), "", "", "", "", "", "", "", "", "",
				"", UUID.randomUUID().toString());
	}

	static EventForm from(TenancyEvents.EventView e) {
		return new EventForm(e.kind().name(), e.occurredOn().toString(), e.source().name(), e.whatHappened(),
				text(e.respondBy()), (e.answeredBy() == null) ? "" : e.answeredBy().toString(),
				(e.answer() == null) ? "" : e.answer(), text(e.answeredOn()),
				(e.arrearsOre() == null) ? ""
						: java.math.BigDecimal.valueOf(e.arrearsOre(), 2)
							.stripTrailingZeros()
							.toPlainString()
							.replace('.', ','),
				(e.arrearsMonths() == null) ? "" : e.arrearsMonths().toString(), String.valueOf(e.deductionFailed()),
				String.valueOf(e.version()), "");
	}

	private static String text(LocalDate date) {
		return (date == null) ? "" : date.toString();
	}

	/** The details, or null with every problem next to its field. */
	TenancyEvents.EventDetails details(Errors errors) {
		FormInput in = new FormInput(errors);
		TenancyEventKind k = in.choice("kind", this.kind, TenancyEventKind.class, true);
		LocalDate on = in.date("occurredOn", this.occurredOn, true);
		EventSource from = in.choice("source", this.source, EventSource.class, true);
		String what = in.text("whatHappened", this.whatHappened, true, TEXT_MAX);
		LocalDate by = in.date("respondBy", this.respondBy, false);
		Long responder = in.id("answeredBy", this.answeredBy, false);
		String said = in.text("answer", this.answer, false, TEXT_MAX);
		LocalDate saidOn = in.date("answeredOn", this.answeredOn, false);
		Long ore = in.amountInOre("arrears", this.arrears, false, MAX_ORE);
		Integer months = in.integer("arrearsMonths", this.arrearsMonths, false, 0, 120);
		return errors.hasErrors() ? null : new TenancyEvents.EventDetails(k, on, from, what, by, responder, said,
				saidOn, ore, months, FormInput.checked(this.deductionFailed));
	}

	/**
	 * The key that makes a double submit save once; a missing or broken one gets a new
	 * key.
	 */
	UUID key() {
		UUID key = FormInput.submissionKey(this.submissionKey);
		return (key != null) ? key : UUID.randomUUID();
	}

}
