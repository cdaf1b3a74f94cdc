package no.kommune.housingfirst.housing;

/** Filters for the unit register; all optional. */
public record UnitSearch(String district, Integer minRooms, UnitStatus status, int page) {
}
