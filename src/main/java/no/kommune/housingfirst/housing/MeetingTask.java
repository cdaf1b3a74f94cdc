package no.kommune.housingfirst.housing;

/**
 * A task divided in the allocation meeting (DOMAIN §1). Labels:
 * {@code MeetingTask.<NAME>}.
 */
public enum MeetingTask {

	VIEWING, GUARDIAN, MOVING_HELP, FURNITURE_GRANT, DEPOSIT, FIRST_RENT

}
