package no.kommune.housingfirst.survey.web;

import java.time.Clock;
import java.time.LocalDate;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.survey.SurveyQuestion;
import no.kommune.housingfirst.survey.Surveys;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The section leader's survey results (aggregates for a team and period, as a chart with
 * the same figures in a table) and the blank paper survey to print.
 */
@Controller
class SurveyResultsController {

	private final Surveys surveys;

	private final Clock clock;

	SurveyResultsController(Surveys surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	/** A period filter as typed: bad values are said by their field, the default used. */
	record Filter(String team, String from, String to) {
	}

	@GetMapping("/survey")
	String results(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Model model) {
		Filter filter = new Filter(team, from, to);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(filter, "form");
		FormInput in = new FormInput(errors);
		LocalDate today = LocalDate.now(this.clock);
		Long teamId = in.id("team", team, false);
		LocalDate until = in.date("to", to, false);
		LocalDate since = in.date("from", from, false);
		until = (until != null) ? until : today;
		since = (since != null) ? since : until.minusYears(1).plusDays(1);
		if (since.isAfter(until)) {
			in.reject("from", "survey.filter.fromAfterTo");
			since = until.minusYears(1).plusDays(1);
		}
		model.addAttribute("form", filter);
		model.addAttribute("org.springframework.validation.BindingResult.form", errors);
		model.addAttribute("page", this.surveys.results(user, teamId, since, until));
		model.addAttribute("questions", SurveyQuestion.values());
		model.addAttribute("scores", SurveyQuestion.scores());
		return "survey/results";
	}

	@GetMapping("/survey/print")
	String print(Model model) {
		SurveyController.questions(model);
		return "survey/print";
	}

}
