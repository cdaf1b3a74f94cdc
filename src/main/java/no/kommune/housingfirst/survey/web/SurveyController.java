package no.kommune.housingfirst.survey.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormSave;
import no.kommune.housingfirst.survey.SurveyAnswers;
import no.kommune.housingfirst.survey.SurveyArea;
import no.kommune.housingfirst.survey.SurveyMode;
import no.kommune.housingfirst.survey.SurveyQuestion;
import no.kommune.housingfirst.survey.Surveys;

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
 * The participant's survey tab, the participant view handed over on the phone (no menu,
 * no name, nothing but the questions and one button), and the form for a survey answered
 * on paper. Post/Redirect/Get and the submission key make every submission save once.
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/survey")
class SurveyController {

	private final Surveys surveys;

	private final Clock clock;

	SurveyController(Surveys surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping
	String tab(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Surveys.SurveyTab tab = this.surveys.tab(user, id);
		model.addAttribute("header", tab.header());
		model.addAttribute("tab", tab);
		return "survey/tab";
	}

	@GetMapping("/new")
	String participantView(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		this.surveys.start(user, id);
		model.addAttribute("form", SurveyForm.empty());
		return participantView(id, model);
	}

	@PostMapping("/new")
	String recordFromPhone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") SurveyForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (save(user, id, form, SurveyMode.PHONE, result, response)) {
			redirect.addFlashAttribute("message", "survey.saved");
			return "redirect:/participants/" + id + "/survey";
		}
		// Shown again only to someone who may record here (else a 404 or 403, audited).
		this.surveys.start(user, id);
		return participantView(id, model);
	}

	@GetMapping("/paper")
	String paperForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", SurveyForm.empty());
		return paperView(this.surveys.start(user, id), model);
	}

	@PostMapping("/paper")
	String recordFromPaper(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") SurveyForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (save(user, id, form, SurveyMode.PAPER, result, response)) {
			redirect.addFlashAttribute("message", "survey.saved");
			return "redirect:/participants/" + id + "/survey";
		}
		return paperView(this.surveys.start(user, id), model);
	}

	private boolean save(CurrentUser user, long id, SurveyForm form, SurveyMode mode, BindingResult result,
			HttpServletResponse response) {
		SurveyAnswers answers = form.answers(result, mode, LocalDate.now(this.clock));
		UUID key = form.key();
		return answers != null && FormSave.attempt(result, response, () -> this.surveys.record(user, id, key, answers));
	}

	private static String participantView(long participantId, Model model) {
		model.addAttribute("participantId", participantId);
		questions(model);
		return "survey/participant-view";
	}

	private static String paperView(ParticipantHeader header, Model model) {
		model.addAttribute("header", header);
		questions(model);
		return "survey/paper";
	}

	static void questions(Model model) {
		Map<SurveyArea, List<SurveyQuestion>> areas = new LinkedHashMap<>();
		for (SurveyArea area : SurveyArea.values()) {
			areas.put(area, SurveyQuestion.in(area));
		}
		model.addAttribute("areas", areas);
		model.addAttribute("scores", SurveyQuestion.scores());
		model.addAttribute("skip", SurveyForm.SKIP);
	}

}
