package no.kommune.housingfirst.survey;

import java.util.Arrays;
import java.util.List;

/**
 * The survey's questions, each a statement the participant agrees with on a scale from 1
 * (not at all) to 5 (completely). Labels: {@code SurveyQuestion.<NAME>}; the form field
 * is the lower-case name.
 */
public enum SurveyQuestion {

	PROCESS_CHOICE(SurveyArea.PROCESS), PROCESS_HELP(SurveyArea.PROCESS), HOME_SAFE(SurveyArea.HOME),
	HOME_SATISFIED(SurveyArea.HOME), FOLLOW_UP_RESPECT(SurveyArea.FOLLOW_UP), FOLLOW_UP_HELP(SurveyArea.FOLLOW_UP);

	/** The lowest and highest score. */
	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	private final SurveyArea area;

	SurveyQuestion(SurveyArea area) {
		this.area = area;
	}

	public SurveyArea area() {
		return this.area;
	}

	public String field() {
		return switch (this) {
			case PROCESS_CHOICE -> "processChoice";
			case PROCESS_HELP -> "processHelp";
			case HOME_SAFE -> "homeSafe";
			case HOME_SATISFIED -> "homeSatisfied";
			case FOLLOW_UP_RESPECT -> "followUpRespect";
			case FOLLOW_UP_HELP -> "followUpHelp";
		};
	}

	public static List<SurveyQuestion> in(SurveyArea area) {
		return Arrays.stream(values()).filter((q) -> q.area == area).toList();
	}

	/** The scores a participant can give, lowest first. */
	public static List<Integer> scores() {
		return List.of(1, 2, 3, 4, 5);
	}

}
