package no.kommune.housingfirst.housing;

/**
 * How every page writes a unit's address: street, the unit's label if any, postcode
 * ("Elvegata 1, H0201, 7010"). Other modules that read addresses (NAV's queue) use this,
 * not the unit entity.
 */
public final class UnitAddress {

	private UnitAddress() {
	}

	public static String of(String streetAddress, String unitLabel, String postcode) {
		return streetAddress + ((unitLabel != null) ? ", " + unitLabel : "") + ", " + postcode;
	}

}
