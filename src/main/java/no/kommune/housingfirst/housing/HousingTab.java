package no.kommune.housingfirst.housing;

import java.util.List;

/**
 * The Bolig tab, read in one call: the participant's way into a home so far, whether the
 * user may act on it, and — only when a new offer can be made — the districts and the
 * units that could be offered.
 */
public record HousingTab(HousingOverview overview, boolean mayWrite, List<String> districts, List<UnitRow> offerable,
		java.util.Set<String> lostBuildings) {

	/**
	 * The unit is in a building where the participant lost a home before: the offer is
	 * not refused, but the caseworker is warned (re-housing learns from what went wrong).
	 */
	public boolean whereAHomeWasLost(UnitRow unit) {
		return this.lostBuildings.contains(unit.buildingKey());
	}

}
