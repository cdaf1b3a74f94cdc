package no.kommune.housingfirst.housing;

/**
 * A district as the administrators' page shows it: how many units and participants'
 * wishes name it (a district in use cannot be deleted).
 */
public record DistrictRow(long id, String name, boolean active, long units, long wishes, int version) {

	public boolean inUse() {
		return this.units > 0 || this.wishes > 0;
	}

}
