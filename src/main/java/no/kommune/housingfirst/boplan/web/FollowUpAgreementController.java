package no.kommune.housingfirst.boplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.boplan.AgreementKind;
import no.kommune.housingfirst.boplan.FollowUpAgreements;
import no.kommune.housingfirst.boplan.FollowUpDraft;
import no.kommune.housingfirst.boplan.FollowUpTerms;
import no.kommune.housingfirst.boplan.NeedsMeetingRecord;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormSave;

import org.springframework.http.HttpStatus;
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
 * The follow-up agreement (oppfølgingsavtale) and the "hva trengs nå?" meeting it calls
 * for when health care is declined, both on the Boplan tab. What was typed is kept when a
 * save is refused or the database cannot save.
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/bo-plan")
class FollowUpAgreementController {

	private final FollowUpAgreements agreements;

	private final Clock clock;

	FollowUpAgreementController(FollowUpAgreements agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	@GetMapping("/follow-up-agreement")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		FollowUpDraft draft = this.agreements.followUpDraft(user, id);
		model.addAttribute("form", FollowUpForm.of(draft.baseVersion(), draft.current(), LocalDate.now(this.clock)));
		return formView(draft, id, model);
	}

	@PostMapping("/follow-up-agreement")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") FollowUpForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FollowUpTerms terms = form.terms(result);
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		if (!result.hasErrors()) {
			FormSave.Outcome outcome = FormSave.attemptKeepingInput("follow-up agreement participant=" + id, result,
					response, () -> this.agreements.recordFollowUp(user, id, form.baseVersionOrMinusOne(), key, terms),
					() -> this.agreements.findBySubmission(id, key).isPresent(), "boplan.form.notSaved");
			if (outcome.saved()) {
				redirect.addFlashAttribute("message", "boplan.followUp.saved");
				return "redirect:/participants/" + id + "/bo-plan";
			}
			if (outcome == FormSave.Outcome.NOT_SAVED) {
				return formView(null, id, model);
			}
		}
		FollowUpDraft draft = this.agreements.followUpDraft(user, id);
		if (response.getStatus() == HttpStatus.CONFLICT.value()) {
			model.addAttribute("form", form.withBaseVersion(draft.baseVersion()));
			model.addAttribute("conflict", draft.current());
		}
		return formView(draft, id, model);
	}

	@GetMapping("/needs-meetings/new")
	String meetingForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", NeedsMeetingForm.fresh(LocalDate.now(this.clock)));
		model.addAttribute("header", this.agreements.needsMeetingHeader(user, id));
		model.addAttribute("participantId", id);
		return "boplan/needs-meeting";
	}

	@PostMapping("/needs-meetings/new")
	String recordMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") NeedsMeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		NeedsMeetingRecord meeting = form.meeting(result);
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		model.addAttribute("participantId", id);
		if (!result.hasErrors()) {
			FormSave.Outcome outcome = FormSave.attemptKeepingInput("needs meeting participant=" + id, result, response,
					() -> this.agreements.recordNeedsMeeting(user, id, key, meeting),
					() -> this.agreements.meetingSavedWith(id, key), "boplan.form.notSaved");
			if (outcome.saved()) {
				redirect.addFlashAttribute("message", "boplan.needs.saved");
				return "redirect:/participants/" + id + "/bo-plan";
			}
			if (outcome == FormSave.Outcome.NOT_SAVED) {
				return "boplan/needs-meeting";
			}
		}
		model.addAttribute("header", this.agreements.needsMeetingHeader(user, id));
		return "boplan/needs-meeting";
	}

	/** The form; without a header when the database could not be reached to make one. */
	private static String formView(FollowUpDraft draft, long id, Model model) {
		model.addAttribute("header", (draft != null) ? draft.header() : null);
		model.addAttribute("participantId", id);
		model.addAttribute("kinds", AgreementKind.values());
		return "boplan/follow-up-form";
	}

}
