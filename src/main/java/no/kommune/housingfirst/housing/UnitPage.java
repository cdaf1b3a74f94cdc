package no.kommune.housingfirst.housing;

import java.time.Instant;
import java.util.List;

/**
 * The unit's page, read in one call: its details and status, the districts its form may
 * choose from, and its history, newest first.
 */
public record UnitPage(long id, int version, UnitStatus status, String address, UnitDetails details,
		List<DistrictChoice> districts, List<ChangeLine> changes) {

	/** The status steps the page offers: the ones HousingUnit allows from this status. */
	public boolean mayReserve() {
		return this.status == UnitStatus.AVAILABLE;
	}

	public boolean mayMakeAvailable() {
		return this.status == UnitStatus.RESERVED_HF || this.status == UnitStatus.UNAVAILABLE;
	}

	public boolean mayMakeUnavailable() {
		return this.status == UnitStatus.AVAILABLE || this.status == UnitStatus.RESERVED_HF;
	}

	/**
	 * One line of the history: when, who, which field, old → new. Values are stored as
	 * the unit keeps them (choices by their code, dates as dd.MM.yyyy); the page shows
	 * them in words.
	 */
	public record ChangeLine(Instant at, String by, String field, String from, String to) {

		public boolean registered() {
			return HousingUnitChange.REGISTERED.equals(this.field);
		}

	}

}
