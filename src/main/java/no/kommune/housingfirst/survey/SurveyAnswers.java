package no.kommune.housingfirst.survey;

import java.time.LocalDate;
import java.util.Map;

/**
 * One filled-in survey: the score per question answered (a skipped question is absent),
 * the free text (null when none), the day it was answered and how.
 */
public record SurveyAnswers(LocalDate answeredOn, SurveyMode mode, Map<SurveyQuestion, Integer> scores,
		String freeText) {

	public static final int FREE_TEXT_MAX = 1000;

	public SurveyAnswers {
		scores = Map.copyOf(scores);
	}

}
