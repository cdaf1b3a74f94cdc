package no.kommune.housingfirst.tenancy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import no.kommune.housingfirst.tenancy.CrisisStays;
import no.kommune.housingfirst.tenancy.StayKind;

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
 * Stays in a crisis place or temporary housing: the list with days per stay and in all, a
 * new stay, and one stay to correct (end it, move its dates).
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/crisis-stays")
class CrisisStayController {

	private final CrisisStays stays;

	private final Clock clock;

	CrisisStayController(CrisisStays stays, Clock clock) {
		this.stays = stays;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("view", this.stays.page(user, id));
		return "tenancy/stays";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", StayForm.empty(LocalDate.now(this.clock)));
		return newView(this.stays.newStay(user, id), model);
	}

	@PostMapping("/new")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") StayForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CrisisStays.StayDetails details = form.details(result);
		UUID key = form.key();
		if (details != null && FormSave.attempt(result, response, () -> this.stays.record(user, id, key, details))) {
			redirect.addFlashAttribute("message", "crisis.saved");
			return "redirect:/participants/" + id + "/crisis-stays";
		}
		return newView(this.stays.newStay(user, id), model);
	}

	@GetMapping("/{stayId:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long stayId,
			Model model) {
		CrisisStays.StayPage page = this.stays.stay(user, id, stayId);
		model.addAttribute("form", StayForm.from(page.stay()));
		return stayView(page, model);
	}

	@PostMapping("/{stayId:\\d+}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long stayId,
			@ModelAttribute("form") StayForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CrisisStays.StayDetails details = form.details(result);
		if (details != null && FormSave.attempt(result, response,
				() -> this.stays.update(user, id, stayId, FormInput.version(form.version()), details))) {
			redirect.addFlashAttribute("message", "crisis.saved");
			return "redirect:/participants/" + id + "/crisis-stays";
		}
		return stayView(this.stays.stay(user, id, stayId), model);
	}

	private static String newView(no.kommune.housingfirst.participant.ParticipantHeader header, Model model) {
		model.addAttribute("header", header);
		model.addAttribute("stayId", null);
		model.addAttribute("kinds", StayKind.values());
		return "tenancy/stay-form";
	}

	private static String stayView(CrisisStays.StayPage page, Model model) {
		model.addAttribute("header", page.header());
		model.addAttribute("stayId", page.stay().id());
		model.addAttribute("kinds", StayKind.values());
		return "tenancy/stay-form";
	}

}
