package no.kommune.housingfirst.housing.web;

import no.kommune.housingfirst.housing.HousingWorklists;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lists across participants: allocation meetings still to hold (caseworkers and section
 * leaders, their own teams), and the housing service's allocations and leases.
 */
@Controller
class HousingWorklistController {

	private final HousingWorklists worklists;

	HousingWorklistController(HousingWorklists worklists) {
		this.worklists = worklists;
	}

	@GetMapping("/allocation-meetings")
	String meetings(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		model.addAttribute("page", this.worklists.meetingsToHold(user, FormInput.page(page, 100_000)));
		return "housing/meetings";
	}

	@GetMapping("/housing-units/seekers")
	String seekers(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		model.addAttribute("page", this.worklists.seekers(user, FormInput.page(page, 100_000)));
		return "housing/seekers";
	}

	@GetMapping("/housing-units/allocations")
	String allocations(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		model.addAttribute("offers", this.worklists.openOffers(user));
		model.addAttribute("page", this.worklists.allocations(user, FormInput.page(page, 100_000)));
		return "housing/allocations";
	}

}
