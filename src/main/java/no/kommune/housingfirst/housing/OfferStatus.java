package no.kommune.housingfirst.housing;

/** Where an offer stands. Labels: {@code OfferStatus.<NAME>}. */
public enum OfferStatus {

	OPEN, CHOSEN, ALL_DECLINED

}
