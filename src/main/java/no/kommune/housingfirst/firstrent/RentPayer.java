package no.kommune.housingfirst.firstrent;

/**
 * Who paid the first rent: NAV, or the participant from their own income. Labels:
 * {@code RentPayer.<NAME>}.
 */
public enum RentPayer {

	NAV, PARTICIPANT

}
