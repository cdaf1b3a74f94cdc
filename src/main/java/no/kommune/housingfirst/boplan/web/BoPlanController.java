package no.kommune.housingfirst.boplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.boplan.AgreementKind;
import no.kommune.housingfirst.boplan.Answer;
import no.kommune.housingfirst.boplan.BoPlanService;
import no.kommune.housingfirst.boplan.Cadence;
import no.kommune.housingfirst.boplan.GoalStatus;
import no.kommune.housingfirst.boplan.LifeArea;
import no.kommune.housingfirst.boplan.PlanContent;
import no.kommune.housingfirst.boplan.PlanDraft;
import no.kommune.housingfirst.boplan.PlanVersionView;
import no.kommune.housingfirst.boplan.Responsible;
import no.kommune.housingfirst.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Boplan tab, its versions, their comparison and print view, the revision form and
 * the participant's answer to a version. The revision form adds and removes goal rows
 * with htmx where JavaScript runs (the server answers with the goals fragment of the same
 * template) and with a plain submit where it does not (the whole form again, nothing
 * saved).
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/bo-plan")
class BoPlanController {

	private final BoPlanService plans;

	private final Clock clock;

	BoPlanController(BoPlanService plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		var page = this.plans.page(user, id);
		model.addAttribute("header", page.header());
		model.addAttribute("page", page);
		return "boplan/plan";
	}

	@GetMapping("/versions/{no:\\d+}")
	String version(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int no,
			Model model) {
		PlanVersionView view = this.plans.version(user, id, no);
		model.addAttribute("header", view.header());
		model.addAttribute("version", view);
		return "boplan/version";
	}

	@GetMapping("/versions/{no:\\d+}/print")
	String print(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int no, Model model) {
		model.addAttribute("version", this.plans.version(user, id, no));
		return "boplan/print";
	}

	@GetMapping("/compare")
	String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Model model) {
		var view = this.plans.compare(user, id, versionNo(from), versionNo(to));
		model.addAttribute("header", view.header());
		model.addAttribute("comparison", view);
		return "boplan/compare";
	}

	@GetMapping("/revise")
	String reviseForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		PlanDraft draft = this.plans.draft(user, id);
		PlanForm form = (draft.baseVersion() == 0) ? PlanForm.fresh(draft.start())
				: PlanForm.of(draft.baseVersion(), draft.start());
		model.addAttribute("form", form);
		return formView(draft, id, model);
	}

	@PostMapping("/revise")
	String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (form.goalActionAsked()) {
			// Without JavaScript: the goal button's page again, with the row added or
			// removed and nothing saved.
			PlanForm changed = form.afterGoalAction();
			model.addAttribute("form", changed);
			model.addAttribute("focusGoal", changed.focusAfter(form));
			return formView(this.plans.draft(user, id), id, model);
		}
		PlanContent content = form.content(result);
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		if (!result.hasErrors()) {
			FormSave.Outcome outcome = FormSave.attemptKeepingInput("bo-plan participant=" + id, result, response,
					() -> this.plans.revise(user, id, form.baseVersionOrMinusOne(), key, content),
					() -> this.plans.findBySubmission(id, key).isPresent(), "boplan.form.notSaved");
			if (outcome.saved()) {
				redirect.addFlashAttribute("message", "boplan.form.saved");
				return "redirect:/participants/" + id + "/bo-plan";
			}
			if (outcome == FormSave.Outcome.NOT_SAVED) {
				return formView(null, id, model);
			}
		}
		PlanDraft draft = this.plans.draft(user, id);
		if (response.getStatus() == HttpStatus.CONFLICT.value()) {
			// Sent again from here, the plan becomes the version after the other one;
			// that one stays readable, nothing is merged.
			model.addAttribute("form", form.withBaseVersion(draft.baseVersion()));
			model.addAttribute("conflictVersion", draft.baseVersion());
		}
		return formView(draft, id, model);
	}

	/**
	 * htmx: a goal row added or removed, answered with the goals fragment only. Nothing
	 * is saved or read from the record: the rows come from the form that was sent.
	 */
	@PostMapping("/revise/goals")
	String goals(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") PlanForm form, Model model) {
		this.plans.requireWriter(user, id);
		PlanForm changed = form.goalActionAsked() ? form.afterGoalAction() : form;
		model.addAttribute("form", changed);
		model.addAttribute("focusGoal", changed.focusAfter(form));
		options(model);
		model.addAttribute("participantId", id);
		return "boplan/form :: goals";
	}

	@GetMapping("/versions/{no:\\d+}/answer")
	String answerForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int no,
			Model model) {
		model.addAttribute("form", AnswerForm.fresh(LocalDate.now(this.clock)));
		return answerView(this.plans.forAnswer(user, id, no), model);
	}

	@PostMapping("/versions/{no:\\d+}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int no,
			@ModelAttribute("form") AnswerForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Answer answer = form.answer(result);
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		if (!result.hasErrors()) {
			FormSave.Outcome outcome = FormSave.attemptKeepingInput("bo-plan answer participant=" + id, result,
					response, () -> this.plans.answer(user, id, no, key, answer),
					() -> this.plans.answeredWith(id, no, key), "boplan.form.notSaved");
			if (outcome.saved()) {
				redirect.addFlashAttribute("message", "boplan.answer.saved");
				return "redirect:/participants/" + id + "/bo-plan";
			}
			if (outcome == FormSave.Outcome.NOT_SAVED) {
				model.addAttribute("participantId", id);
				model.addAttribute("versionNo", no);
				model.addAttribute("kinds", AgreementKind.values());
				return "boplan/answer";
			}
		}
		return answerView(this.plans.forAnswer(user, id, no), model);
	}

	private static String answerView(PlanVersionView view, Model model) {
		model.addAttribute("header", view.header());
		model.addAttribute("participantId", view.header().id());
		model.addAttribute("versionNo", view.versionNo());
		model.addAttribute("version", view);
		model.addAttribute("kinds", AgreementKind.values());
		return "boplan/answer";
	}

	/** The form; without a header when the database could not be reached to make one. */
	private static String formView(PlanDraft draft, long id, Model model) {
		model.addAttribute("header", (draft != null) ? draft.header() : null);
		model.addAttribute("participantId", id);
		model.addAttribute("htmx", true);
		options(model);
		return "boplan/form";
	}

	private static void options(Model model) {
		model.addAttribute("areas", LifeArea.values());
		model.addAttribute("statuses", GoalStatus.values());
		model.addAttribute("responsibles", Responsible.values());
		model.addAttribute("cadences", Cadence.values());
	}

	/**
	 * A version number from the query string; anything else is a page that does not
	 * exist.
	 */
	private static int versionNo(String text) {
		try {
			int no = Integer.parseInt(text.strip());
			if (no >= 1) {
				return no;
			}
		}
		catch (NumberFormatException | NullPointerException ex) {
			// Falls through to the 404.
		}
		throw new NotFoundException("bo-plan version " + text);
	}

}
