package no.kommune.housingfirst.participant.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantRestrictions;
import no.kommune.housingfirst.participant.ParticipantRuleException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;

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
 * Restriction of processing (GDPR art. 18, ADR 0016): a caseworker of the team or the
 * section leader restricts a record with a ground; the section leader alone lifts it and
 * keeps a list of the restricted records in the sections.
 */
@Controller
class ParticipantRestrictionController {

	/**
	 * The ground (restricting) or reason (lifting) as typed, the version of the record
	 * the form was opened on, and the form's submission key.
	 */
	record RestrictionForm(String text, String version, String submissionKey) {

		static RestrictionForm empty(int version) {
			return new RestrictionForm("", String.valueOf(version), UUID.randomUUID().toString());
		}

	}

	private final ParticipantRestrictions restrictions;

	ParticipantRestrictionController(ParticipantRestrictions restrictions) {
		this.restrictions = restrictions;
	}

	@GetMapping("/participants/restricted")
	String restricted(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("list", this.restrictions.restrictedInSections(user));
		return "participant/restricted";
	}

	@GetMapping("/participants/{id:\\d+}/restrict")
	String restrictForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ParticipantHeader header = this.restrictions.restrictForm(user, id);
		model.addAttribute("form", RestrictionForm.empty(header.version()));
		return restrictView(header, model);
	}

	@PostMapping("/participants/{id:\\d+}/restrict")
	String restrict(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") RestrictionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String ground = new FormInput(result).text("text", form.text(), true, ParticipantRestrictions.MAX_TEXT);
		UUID key = keyOrNew(form);
		// Checked before the form is shown again: after the first send a caseworker no
		// longer sees the record, and a resend is answered as the first one was.
		if (!result.hasErrors()) {
			try {
				this.restrictions.restrict(user, id, FormInput.version(form.version()), key, ground);
				return restricted(user, id, redirect);
			}
			catch (ParticipantRuleException ex) {
				if ("participant.restriction.alreadyRestricted".equals(ex.messageKey())) {
					return restrictedMeanwhile(user, id, redirect);
				}
				FormInput.reject(result, ex);
			}
			catch (no.kommune.housingfirst.shared.StaleFormException ex) {
				// Changed since the form was opened: if the change was a restriction, a
				// caseworker could no longer see the form again (a 404), so the answer
				// is on their list.
				if (this.restrictions.restrictedNow(user, id)) {
					return restrictedMeanwhile(user, id, redirect);
				}
				response.setStatus(org.springframework.http.HttpStatus.CONFLICT.value());
				result.reject(ex.messageKey());
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// Two sends raced: this form's other send restricted it, or another
				// form did (the database refused the second open period).
				if (this.restrictions.restrictedBy(user, id, key)) {
					return restricted(user, id, redirect);
				}
				if (this.restrictions.restrictedNow(user, id)) {
					return restrictedMeanwhile(user, id, redirect);
				}
				throw ex;
			}
		}
		ParticipantHeader header = this.restrictions.restrictForm(user, id);
		if (response.getStatus() == org.springframework.http.HttpStatus.CONFLICT.value()) {
			again(model, new RestrictionForm(form.text(), String.valueOf(header.version()), key.toString()), result);
		}
		return restrictView(header, model);
	}

	@GetMapping("/participants/{id:\\d+}/lift-restriction")
	String liftForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ParticipantRestrictions.LiftPage page = this.restrictions.liftForm(user, id);
		model.addAttribute("form", RestrictionForm.empty(page.header().version()));
		return liftView(page, model);
	}

	@PostMapping("/participants/{id:\\d+}/lift-restriction")
	String lift(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") RestrictionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String reason = new FormInput(result).text("text", form.text(), true, ParticipantRestrictions.MAX_TEXT);
		UUID key = keyOrNew(form);
		if (!result.hasErrors() && FormSave.attempt(result, response,
				() -> this.restrictions.lift(user, id, FormInput.version(form.version()), key, reason))) {
			redirect.addFlashAttribute("message", "participant.restriction.lifted");
			return "redirect:/participants/" + id;
		}
		ParticipantRestrictions.LiftPage page = this.restrictions.liftForm(user, id);
		if (response.getStatus() == org.springframework.http.HttpStatus.CONFLICT.value()) {
			again(model, new RestrictionForm(form.text(), String.valueOf(page.header().version()), key.toString()),
					result);
		}
		return liftView(page, model);
	}

	/**
	 * Restricted (now or by the first send): the section leader still sees the record;
	 * anyone else is told so on their list.
	 */
	private String restricted(CurrentUser user, long id, RedirectAttributes redirect) {
		if (this.restrictions.leadsSectionOf(user, id)) {
			redirect.addFlashAttribute("message", "participant.restriction.restrictedLeader");
			return "redirect:/participants/" + id;
		}
		redirect.addFlashAttribute("message", "participant.restriction.restricted");
		return "redirect:/participants";
	}

	/**
	 * Someone else restricted it meanwhile: a caseworker may no longer open the record,
	 * so the answer is on their list.
	 */
	private String restrictedMeanwhile(CurrentUser user, long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", "participant.restriction.alreadyRestricted");
		return this.restrictions.leadsSectionOf(user, id) ? "redirect:/participants/" + id : "redirect:/participants";
	}

	/**
	 * After a conflict: what was typed, on the version saved now, with the conflict over
	 * the form (a new form object needs its own binding result).
	 */
	private static void again(Model model, RestrictionForm fresh, BindingResult result) {
		org.springframework.validation.BeanPropertyBindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(
				fresh, "form");
		result.getGlobalErrors().forEach((e) -> errors.reject(e.getCode()));
		model.addAttribute("form", fresh);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
	}

	private static UUID keyOrNew(RestrictionForm form) {
		UUID key = FormInput.submissionKey(form.submissionKey());
		return (key != null) ? key : UUID.randomUUID();
	}

	private static String restrictView(ParticipantHeader header, Model model) {
		model.addAttribute("header", header);
		model.addAttribute("maxLength", ParticipantRestrictions.MAX_TEXT);
		model.addAttribute("step", "restrict");
		return "participant/restriction-form";
	}

	private static String liftView(ParticipantRestrictions.LiftPage page, Model model) {
		model.addAttribute("header", page.header());
		model.addAttribute("current", page.current());
		model.addAttribute("maxLength", ParticipantRestrictions.MAX_TEXT);
		model.addAttribute("step", "lift");
		return "participant/restriction-form";
	}

}
