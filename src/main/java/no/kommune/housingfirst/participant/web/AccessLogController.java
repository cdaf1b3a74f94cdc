package no.kommune.housingfirst.participant.web;

import no.kommune.housingfirst.participant.AccessExtract;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The participant's access extract (innsyn i logg): every read and change of their
 * record, printable for handing to them. Producing it is itself logged.
 */
@Controller
class AccessLogController {

	private final ParticipantService participants;

	AccessLogController(ParticipantService participants) {
		this.participants = participants;
	}

	@GetMapping("/participants/{id:\\d+}/access-log")
	String extract(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		AccessExtract extract = this.participants.accessExtract(user, id);
		model.addAttribute("header", extract.header());
		model.addAttribute("events", extract.events());
		model.addAttribute("producedAt", extract.producedAt());
		return "participant/access-log";
	}

}
