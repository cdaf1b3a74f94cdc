package no.kommune.housingfirst.tenancy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import no.kommune.housingfirst.tenancy.EventSource;
import no.kommune.housingfirst.tenancy.TenancyEventKind;
import no.kommune.housingfirst.tenancy.UnitEvents;

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

/**
 * The housing service's events on a unit: complaints, damage, warnings and notices, with
 * no follow-up content.
 */
@Controller
@RequestMapping("/housing-units/{unitId:\\d+}/events")
class UnitEventController {

	private final UnitEvents events;

	private final Clock clock;

	UnitEventController(UnitEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, Model model) {
		model.addAttribute("form", new UnitEventForm(TenancyEventKind.COMPLAINT.name(),
				LocalDate.now(this.clock).toString(), "", "", java.util.UUID.randomUUID().toString()));
		return view(user, unitId, model);
	}

	@PostMapping
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
			@ModelAttribute("form") UnitEventForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FormInput in = new FormInput(result);
		TenancyEventKind kind = in.choice("kind", form.kind(), TenancyEventKind.class, true);
		LocalDate on = in.date("occurredOn", form.occurredOn(), true);
		EventSource source = in.choice("source", form.source(), EventSource.class, true);
		String what = in.text("whatHappened", form.whatHappened(), true, EventForm.TEXT_MAX);
		if (!result.hasErrors() && FormSave.attempt(result, response,
				() -> this.events.record(user, unitId, key(form), kind, on, source, what))) {
			redirect.addFlashAttribute("message", "tenancy.saved");
			return "redirect:/housing-units/" + unitId + "/events";
		}
		return view(user, unitId, model);
	}

	private static java.util.UUID key(UnitEventForm form) {
		java.util.UUID key = FormInput.submissionKey(form.submissionKey());
		return (key != null) ? key : java.util.UUID.randomUUID();
	}

	private String view(CurrentUser user, long unitId, Model model) {
		model.addAttribute("page", this.events.page(user, unitId));
		model.addAttribute("kinds",
				Arrays.stream(TenancyEventKind.values()).filter(TenancyEventKind::forHousingService).toList());
		model.addAttribute("sources", EventSource.values());
		return "tenancy/unit-events";
	}

	/** An event as the housing service types it; nothing of the follow-up. */
	record UnitEventForm(String kind, String occurredOn, String source, String whatHappened, String submissionKey) {
	}

}
