package no.kommune.housingfirst.participant.web;

import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.participant.ParticipantRuleException;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;

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

/** A section leader moves a participant to another team or caseworker in the section. */
@Controller
@RequestMapping("/participants/{id:\\d+}/assign")
class ParticipantAssignController {

	/**
	 * The new team and caseworkers, as typed; {@code from} names the list the section
	 * leader came from, to go back to it.
	 */
	record AssignForm(String teamId, String primaryCaseworkerId, String secondaryCaseworkerId, String reason,
			String version, String from) {
	}

	/** The one list the page goes back to (any other value: the participant's page). */
	static final String FROM_TO_REASSIGN = "to-reassign";

	private final ParticipantService participants;

	private final ParticipantPathway pathway;

	private final Organisation organisation;

	private final StaffDirectory staff;

	ParticipantAssignController(ParticipantService participants, ParticipantPathway pathway, Organisation organisation,
			StaffDirectory staff) {
		this.participants = participants;
		this.pathway = pathway;
		this.organisation = organisation;
		this.staff = staff;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "from", required = false) String from, Model model) {
		ParticipantHeader header = this.participants.header(user, id, RecordType.PARTICIPANT);
		model.addAttribute("form",
				new AssignForm(String.valueOf(header.teamId()), String.valueOf(header.primaryCaseworkerId()),
						(header.secondaryCaseworkerId() != null) ? String.valueOf(header.secondaryCaseworkerId())
								: null,
						"", String.valueOf(header.version()), FROM_TO_REASSIGN.equals(from) ? FROM_TO_REASSIGN : null));
		return view(user, header, model);
	}

	@PostMapping
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") AssignForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		FormInput in = new FormInput(result);
		Long team = in.id("teamId", form.teamId(), true);
		Long primary = in.id("primaryCaseworkerId", form.primaryCaseworkerId(), true);
		Long secondary = in.id("secondaryCaseworkerId", form.secondaryCaseworkerId(), false);
		String reason = in.text("reason", form.reason(), true, 500);
		Integer version = in.integer("version", form.version(), true, 0, Integer.MAX_VALUE);
		if (!result.hasErrors()) {
			try {
				this.pathway.reassign(user, id, version, team, primary, secondary, reason);
				redirect.addFlashAttribute("message", "participant.reassigned");
				return FROM_TO_REASSIGN.equals(form.from()) ? "redirect:/participants/to-reassign"
						: "redirect:/participants/" + id;
			}
			catch (ParticipantRuleException ex) {
				FormInput.reject(result, ex);
			}
		}
		return view(user, this.participants.header(user, id, RecordType.PARTICIPANT), model);
	}

	private String view(CurrentUser user, ParticipantHeader header, Model model) {
		model.addAttribute("header", header);
		model.addAttribute("teams",
				this.organisation.teams().stream().filter((t) -> user.sectionTeamIds().contains(t.id())).toList());
		model.addAttribute("caseworkers", this.staff.caseworkersIn(user.sectionTeamIds()));
		return "participant/assign";
	}

}
