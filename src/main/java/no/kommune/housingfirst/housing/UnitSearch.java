package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * Filters for the unit register, all optional: {@code availableBy} keeps the units with a
 * "ledig fra" date on or before it.
 */
public record UnitSearch(String district, Integer minRooms, UnitStatus status, LocalDate availableBy, UnitSort sort,
		int page) {

	public UnitSearch {
		sort = (sort != null) ? sort : UnitSort.DISTRICT;
	}

	public UnitSearch(String district, Integer minRooms, UnitStatus status, int page) {
		this(district, minRooms, status, null, UnitSort.DISTRICT, page);
	}

}
