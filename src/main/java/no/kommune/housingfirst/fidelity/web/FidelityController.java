package no.kommune.housingfirst.fidelity.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.fidelity.FidelityAssessments;
import no.kommune.housingfirst.fidelity.FidelityItem;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's fidelity self-assessments: the years compared, one year to score (a draft)
 * or read (completed), and its print view. Each page is one service call; the start of a
 * year saves once per submission key, a save carries the version it was opened with.
 */
@Controller
class FidelityController {

	private final FidelityAssessments assessments;

	FidelityController(FidelityAssessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/fidelity")
	String overview(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "team", required = false) String team, Model model) {
		Long teamId = null;
		if (!FormInput.isBlank(team)) {
			try {
				teamId = Long.valueOf(team.strip());
			}
			catch (NumberFormatException ex) {
				throw new no.kommune.housingfirst.shared.NotFoundException("team " + team);
			}
		}
		model.addAttribute("overview", this.assessments.overview(user, teamId));
		model.addAttribute("submissionKey", UUID.randomUUID().toString());
		return "fidelity/overview";
	}

	/** Starts the year's assessment (or opens it, when it is started already). */
	@PostMapping("/fidelity")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> request,
			RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(request, "create");
		FormInput in = new FormInput(errors);
		Long team = in.id("team", request.get("team"), true);
		Integer year = in.integer("year", request.get("year"), true, 2000, 2100);
		UUID key = FormInput.submissionKey(request.get("submissionKey"));
		if (team == null || year == null) {
			throw new no.kommune.housingfirst.shared.NotFoundException("fidelity team");
		}
		long[] id = new long[1];
		if (FormSave.attempt(redirect,
				() -> id[0] = this.assessments.create(user, team, year, (key != null) ? key : UUID.randomUUID()))) {
			return "redirect:/fidelity/" + id[0];
		}
		return "redirect:/fidelity?team=" + team;
	}

	@GetMapping("/fidelity/{id:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		FidelityAssessments.AssessmentView view = this.assessments.view(user, id);
		FidelityForm form = FidelityForm.from(view);
		return page(view, form, form.errors(), model);
	}

	/** Saves the draft, or completes it ({@code complete=true}). */
	@PostMapping("/fidelity/{id:\\d+}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> request, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FidelityForm form = FidelityForm.read(request);
		MapBindingResult errors = form.errors();
		boolean complete = FormInput.checked(request.get("complete"));
		Map<FidelityItem, FidelityAssessments.ItemInput> input = form.input(errors);
		if (input != null && FormSave.attempt(errors, response,
				() -> this.assessments.save(user, id, form.version(), input, complete))) {
			redirect.addFlashAttribute("message", complete ? "fidelity.completed" : "fidelity.saved");
			return "redirect:/fidelity/" + id;
		}
		FidelityAssessments.AssessmentView view = this.assessments.view(user, id);
		return page(view, form, errors, model);
	}

	@GetMapping("/fidelity/{id:\\d+}/print")
	String print(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("a", this.assessments.view(user, id));
		return "fidelity/print";
	}

	private static String page(FidelityAssessments.AssessmentView view, FidelityForm form, BindingResult errors,
			Model model) {
		model.addAttribute("a", view);
		model.addAttribute("form", form.values());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("scores", FidelityItem.scores());
		return "fidelity/assessment";
	}

}
