package no.kommune.housingfirst.participant;

/** Whether a guardian (verge) is needed. Labels: {@code GuardianNeed.<NAME>}. */
public enum GuardianNeed {

	NO, UNCLEAR, YES, HAS_GUARDIAN

}
