package no.kommune.housingfirst.participant;

/** Where a participant is on the pathway. Labels: {@code ParticipantStatus.<NAME>}. */
public enum ParticipantStatus {

	/** Included and searching for a home. */
	INCLUDED,
	/** In a home of their own (set by the housing module at move-in). */
	HOUSED,
	/** Follow-up ended, with a reason. */
	EXITED

}
