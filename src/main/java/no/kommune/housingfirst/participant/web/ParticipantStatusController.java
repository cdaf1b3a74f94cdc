package no.kommune.housingfirst.participant.web;

import java.time.Clock;
import java.time.LocalDate;

import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.participant.ParticipantRuleException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ending follow-up (with a reason) and starting it again. */
@Controller
@RequestMapping("/participants/{id:\\d+}")
class ParticipantStatusController {

	/** The exit or re-opening form: the date, and for an exit the reason. */
	record StatusForm(String on, String reason) {
	}

	private final ParticipantService participants;

	private final ParticipantPathway pathway;

	private final Clock clock;

	ParticipantStatusController(ParticipantService participants, ParticipantPathway pathway, Clock clock) {
		this.participants = participants;
		this.pathway = pathway;
		this.clock = clock;
	}

	@GetMapping("/exit")
	String exitForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new StatusForm(LocalDate.now(this.clock).toString(), ""));
		return view(user, id, "exit", model);
	}

	@PostMapping("/exit")
	String exit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") StatusForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		FormInput in = new FormInput(result);
		LocalDate on = date(in, form);
		ExitReason reason = in.choice("reason", form.reason(), ExitReason.class, true);
		if (!result.hasErrors()) {
			try {
				this.pathway.exit(user, id, on, reason);
				redirect.addFlashAttribute("message", "participant.exited");
				return "redirect:/participants/" + id;
			}
			catch (ParticipantRuleException ex) {
				result.rejectValue("on", ex.messageKey());
			}
		}
		return view(user, id, "exit", model);
	}

	@GetMapping("/reopen")
	String reopenForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new StatusForm(LocalDate.now(this.clock).toString(), null));
		return view(user, id, "reopen", model);
	}

	@PostMapping("/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") StatusForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		LocalDate on = date(new FormInput(result), form);
		if (!result.hasErrors()) {
			try {
				this.pathway.reopen(user, id, on);
				redirect.addFlashAttribute("message", "participant.reopened");
				return "redirect:/participants/" + id;
			}
			catch (ParticipantRuleException ex) {
				result.rejectValue("on", ex.messageKey());
			}
		}
		return view(user, id, "reopen", model);
	}

	private LocalDate date(FormInput in, StatusForm form) {
		LocalDate on = in.date("on", form.on(), true);
		if (on != null && on.isAfter(LocalDate.now(this.clock))) {
			in.reject("on", "validation.notInFuture");
		}
		return on;
	}

	private String view(CurrentUser user, long id, String mode, Model model) {
		model.addAttribute("header", this.participants.header(user, id, RecordType.PARTICIPANT));
		model.addAttribute("mode", mode);
		model.addAttribute("reasons", ExitReason.values());
		return "participant/status";
	}

}
