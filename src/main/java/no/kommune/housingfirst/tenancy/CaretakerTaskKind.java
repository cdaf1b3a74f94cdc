package no.kommune.housingfirst.tenancy;

/**
 * What a caretaker (miljøvaktmester) is asked to do in a home. Labels:
 * {@code CaretakerTaskKind.<NAME>}.
 */
public enum CaretakerTaskKind {

	/** Getting the home ready before the participant moves in. */
	PREPARE_MOVE_IN,
	/** A repair in the home. */
	REPAIR,
	/** Teaching the participant a maintenance job (a smoke alarm, a drain, a filter). */
	TEACHING,
	/** Anything else in the home. */
	OTHER

}
