package no.kommune.housingfirst.survey;

/**
 * How the survey was answered: by the participant on the caseworker's phone, or on paper
 * and typed in by the caseworker. Labels: {@code SurveyMode.<NAME>}.
 */
public enum SurveyMode {

	PHONE, PAPER

}
