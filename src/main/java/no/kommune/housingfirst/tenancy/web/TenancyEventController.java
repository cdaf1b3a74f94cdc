package no.kommune.housingfirst.tenancy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import no.kommune.housingfirst.tenancy.EventSource;
import no.kommune.housingfirst.tenancy.TenancyEventKind;
import no.kommune.housingfirst.tenancy.TenancyEvents;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tenancy events from the participant's Bolig tab: the list with the early warning, a new
 * event, and one event to read, correct or answer. Each page is one service call.
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/tenancy-events")
class TenancyEventController {

	private final TenancyEvents events;

	private final Clock clock;

	TenancyEventController(TenancyEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		model.addAttribute("view", this.events.page(user, id, FormInput.page(page, 10_000)));
		return "tenancy/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", EventForm.empty(LocalDate.now(this.clock)));
		return newView(this.events.newEvent(user, id), model);
	}

	@PostMapping("/new")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") EventForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		TenancyEvents.EventDetails details = form.details(result);
		UUID key = form.key();
		if (details != null) {
			long[] saved = new long[1];
			if (FormSave.attempt(result, response, () -> saved[0] = this.events.record(user, id, key, details))) {
				redirect.addFlashAttribute("message", "tenancy.saved");
				return "redirect:/participants/" + id + "/tenancy-events/" + saved[0];
			}
		}
		// Shown again only to someone who may record here (else a 404 or 403, audited).
		return newView(this.events.newEvent(user, id), model);
	}

	@GetMapping("/{eventId:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long eventId,
			Model model) {
		TenancyEvents.EventPage page = this.events.event(user, id, eventId);
		model.addAttribute("form", EventForm.from(page.event()));
		return eventView(page, model);
	}

	/**
	 * Corrects the event or records the answer; the history keeps what it said before.
	 */
	@PostMapping("/{eventId:\\d+}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long eventId,
			@ModelAttribute("form") EventForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		TenancyEvents.EventDetails details = form.details(result);
		if (details != null && FormSave.attempt(result, response,
				() -> this.events.update(user, id, eventId, FormInput.version(form.version()), details))) {
			redirect.addFlashAttribute("message", "tenancy.saved");
			return "redirect:/participants/" + id + "/tenancy-events/" + eventId;
		}
		return eventView(this.events.event(user, id, eventId), model);
	}

	private static String newView(TenancyEvents.NewEventPage page, Model model) {
		model.addAttribute("header", page.header());
		model.addAttribute("page", page);
		model.addAttribute("responders", page.responders());
		choices(model);
		return "tenancy/new";
	}

	private static String eventView(TenancyEvents.EventPage page, Model model) {
		model.addAttribute("header", page.header());
		model.addAttribute("page", page);
		model.addAttribute("responders", page.responders());
		choices(model);
		return "tenancy/event";
	}

	private static void choices(Model model) {
		model.addAttribute("kinds", TenancyEventKind.values());
		model.addAttribute("sources", EventSource.values());
	}

}
