package no.kommune.housingfirst.participant.web;

import no.kommune.housingfirst.participant.ParticipantsToReassign;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A section leader's list of participants who need a new caseworker (after a deactivation
 * or a move), each with the way to the page that reassigns them.
 */
@Controller
class ToReassignController {

	private final ParticipantsToReassign toReassign;

	ToReassignController(ParticipantsToReassign toReassign) {
		this.toReassign = toReassign;
	}

	@GetMapping("/participants/to-reassign")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("list", this.toReassign.list(user));
		return "participant/to-reassign";
	}

}
