package no.kommune.housingfirst.participant.web;

import no.kommune.housingfirst.participant.ParticipantErasures;
import no.kommune.housingfirst.participant.ParticipantRuleException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasure of personal data (docs/adr/0015), for the section leader: the dry run of the
 * retention job for their section, and erasure of one exited participant on request, with
 * the ground written down and a confirm step before anything is erased.
 */
@Controller
class ErasureController {

	/**
	 * The ground for an erasure on request; {@code step} is {@code confirm} when the
	 * leader has seen what will be erased and confirms.
	 */
	record ErasureForm(String ground, String step) {
	}

	private final ParticipantErasures erasures;

	ErasureController(ParticipantErasures erasures) {
		this.erasures = erasures;
	}

	@GetMapping("/erasure")
	String preview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("preview", this.erasures.preview(user));
		return "participant/erasure-preview";
	}

	@GetMapping("/participants/{id:\\d+}/erase")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new ErasureForm("", null));
		return view(user, id, false, model);
	}

	@PostMapping("/participants/{id:\\d+}/erase")
	String erase(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") ErasureForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		FormInput in = new FormInput(result);
		String ground = in.text("ground", form.ground(), true, ParticipantErasures.GROUND_MAX);
		if (ground != null && ground.codePointCount(0, ground.length()) < ParticipantErasures.GROUND_MIN) {
			in.reject("ground", "erasure.ground.tooShort", ParticipantErasures.GROUND_MIN);
		}
		if (result.hasErrors()) {
			return view(user, id, false, model);
		}
		if (!"confirm".equals(form.step())) {
			return view(user, id, true, model);
		}
		try {
			boolean erased = this.erasures.eraseOnRequest(user, id, ground);
			redirect.addFlashAttribute("message", erased ? "erasure.done" : "erasure.alreadyErased");
			return "redirect:/participants/" + id + "/erase";
		}
		catch (ParticipantRuleException ex) {
			FormInput.reject(result, ex);
			return view(user, id, false, model);
		}
	}

	private String view(CurrentUser user, long id, boolean confirm, Model model) {
		model.addAttribute("page", this.erasures.requestPage(user, id));
		model.addAttribute("confirm", confirm);
		return "participant/erase";
	}

}
