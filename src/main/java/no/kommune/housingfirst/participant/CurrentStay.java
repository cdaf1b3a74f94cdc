package no.kommune.housingfirst.participant;

/** Where the participant stays at inclusion. Labels: {@code CurrentStay.<NAME>}. */
public enum CurrentStay {

	STREET, FRIENDS_SOFA, CAMPING, TEMPORARY_HOUSING, INSTITUTION, PRISON, HOSPITAL, OTHER

}
