package no.kommune.housingfirst.participant;

import no.kommune.housingfirst.shared.NotFoundException;

/** No such participant, or one the user may not see: the same answer for both. */
public class ParticipantNotFoundException extends NotFoundException {

	public ParticipantNotFoundException() {
		super("participant");
	}

}
