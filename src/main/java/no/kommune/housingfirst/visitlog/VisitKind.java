package no.kommune.housingfirst.visitlog;

/** How the follow-up happened. Labels: {@code VisitKind.<NAME>}. */
public enum VisitKind {

	HOME_VISIT, MEETING_ELSEWHERE, PHONE, ESCORT

}
