package no.kommune.housingfirst.survey;

/** The three things the survey asks about. Labels: {@code SurveyArea.<NAME>}. */
public enum SurveyArea {

	PROCESS, HOME, FOLLOW_UP

}
