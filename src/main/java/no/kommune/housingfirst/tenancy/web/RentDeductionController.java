package no.kommune.housingfirst.tenancy.web;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import no.kommune.housingfirst.tenancy.RentDeductionQueue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * NAV's queue of failed rent deductions and its one button: set up again. NAV reaches
 * nothing else of a participant.
 */
@Controller
@RequestMapping("/nav/rent-deductions")
class RentDeductionController {

	private final RentDeductionQueue queue;

	RentDeductionController(RentDeductionQueue queue) {
		this.queue = queue;
	}

	@GetMapping
	String queue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		model.addAttribute("page", this.queue.open(user, FormInput.page(page, 100_000)));
		return "tenancy/deductions";
	}

	@PostMapping("/{eventId:\\d+}/restored")
	String restored(@AuthenticationPrincipal CurrentUser user, @PathVariable long eventId,
			RedirectAttributes redirect) {
		if (FormSave.attempt(redirect, () -> this.queue.confirmRestored(user, eventId))) {
			redirect.addFlashAttribute("message", "tenancy.nav.restored");
		}
		return "redirect:/nav/rent-deductions";
	}

}
