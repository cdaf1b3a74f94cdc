package no.kommune.housingfirst.survey.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.survey.SurveyAnswers;
import no.kommune.housingfirst.survey.SurveyMode;
import no.kommune.housingfirst.survey.SurveyQuestion;

import org.springframework.validation.Errors;

/**
 * A survey as filled in; only these fields are ever read from the request. Each question
 * is a score 1-5, or {@link #SKIP} ("I'd rather not answer"), or nothing at all: both of
 * the last two are a skipped question, never an error. The day answered is asked only for
 * a paper survey; on the phone it is today.
 */
record SurveyForm(String processChoice, String processHelp, String homeSafe, String homeSatisfied,
		String followUpRespect, String followUpHelp, String freeText, String answeredOn, String submissionKey) {

	static final String SKIP = "skip";

	static SurveyForm empty() {
		return new SurveyForm("", "", "", "", "", "", "", "", UUID.randomUUID().toString());
	}

	/** What was chosen for a question, as sent ("" when nothing). */
	public String value(SurveyQuestion question) {
		String value = switch (question) {
			case PROCESS_CHOICE -> this.processChoice;
			case PROCESS_HELP -> this.processHelp;
			case HOME_SAFE -> this.homeSafe;
			case HOME_SATISFIED -> this.homeSatisfied;
			case FOLLOW_UP_RESPECT -> this.followUpRespect;
			case FOLLOW_UP_HELP -> this.followUpHelp;
		};
		return (value == null) ? "" : value.strip();
	}

	/** The answers, or null with every problem next to its field. */
	SurveyAnswers answers(Errors errors, SurveyMode mode, LocalDate today) {
		FormInput in = new FormInput(errors);
		Map<SurveyQuestion, Integer> scores = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			String value = value(question);
			if (value.isEmpty() || SKIP.equals(value)) {
				continue;
			}
			Integer score = in.integer(question.field(), value, false, SurveyQuestion.LOWEST, SurveyQuestion.HIGHEST);
			if (score != null) {
				scores.put(question, score);
			}
		}
		String text = in.text("freeText", this.freeText, false, SurveyAnswers.FREE_TEXT_MAX);
		LocalDate on = (mode == SurveyMode.PAPER) ? in.date("answeredOn", this.answeredOn, true) : today;
		return errors.hasErrors() ? null : new SurveyAnswers(on, mode, scores, text);
	}

	/**
	 * The key that makes a double submit save once; a missing or broken one gets a new
	 * key.
	 */
	UUID key() {
		UUID key = FormInput.submissionKey(this.submissionKey);
		return (key != null) ? key : UUID.randomUUID();
	}

}
