package no.kommune.housingfirst.audit;

/** What kind of record an event concerns. Labels: {@code RecordType.<NAME>}. */
public enum RecordType {

	PARTICIPANT, PARTICIPANT_LIST, ACCESS_LOG, VISIT, HOUSING, FIRST_RENT, BO_PLAN, FOLLOW_UP_AGREEMENT, NEEDS_MEETING,
	FIT, TENANCY_EVENT, RENT_DEDUCTION, CARETAKER_TASK, CRISIS_STAY, SURVEY,

	/** A period of restricted processing of a participant's record. */
	RESTRICTION

}
