package no.kommune.housingfirst.participant.web;

import java.time.LocalDate;

import no.kommune.housingfirst.participant.AccessExtract;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The participant's access extract (innsyn i logg): every read and change of their
 * record, printable for handing to them, by period (the last twelve months unless another
 * is chosen) and page, so a history of many years never renders at once. Producing it is
 * itself logged.
 */
@Controller
class AccessLogController {

	/** The period as typed; both days optional. */
	record AccessLogForm(String from, String to, String page) {
	}

	private final ParticipantService participants;

	AccessLogController(ParticipantService participants) {
		this.participants = participants;
	}

	@GetMapping("/participants/{id:\\d+}/access-log")
	String extract(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") AccessLogForm form, BindingResult result, Model model) {
		FormInput in = new FormInput(result);
		LocalDate from = in.date("from", form.from(), false);
		LocalDate to = in.date("to", form.to(), false);
		int page = FormInput.page(form.page(), 100_000);
		if (from != null && to != null && to.isBefore(from)) {
			in.reject("to", "audit.filter.toBeforeFrom");
		}
		// With a mistake in the period: the message by the field, and the default period
		// (the heading says which period is shown).
		AccessExtract extract = result.hasErrors() ? this.participants.accessExtract(user, id, null, null, 0)
				: this.participants.accessExtract(user, id, from, to, page);
		if (!result.hasErrors()) {
			model.addAttribute("form", new AccessLogForm(extract.from().toString(), extract.to().toString(), null));
		}
		model.addAttribute("header", extract.header());
		model.addAttribute("events", extract.events());
		model.addAttribute("from", extract.from());
		model.addAttribute("to", extract.to());
		model.addAttribute("producedAt", extract.producedAt());
		model.addAttribute("extract", extract);
		return "participant/access-log";
	}

}
