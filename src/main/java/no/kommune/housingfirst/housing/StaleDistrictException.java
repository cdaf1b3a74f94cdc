package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.shared.StaleFormException;

/** Someone else changed the district after the administrator opened it. */
public class StaleDistrictException extends StaleFormException {

	public StaleDistrictException() {
		super("housing.district.stale");
	}

}
