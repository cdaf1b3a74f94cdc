package no.kommune.housingfirst.housing;

import static no.kommune.housingfirst.housing.HousingRuleException.require;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A home in the register. Its status changes only through its own steps, each refusing an
 * impossible one (letting a unit that is let, offering one that is unavailable).
 */
@Entity
@Table(name = "housing_unit")
public class HousingUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String streetAddress;

	private String unitLabel;

	private String postcode;

	private String district;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private int rooms;

	@Column(name = "area_m2")
	private Integer areaSquareMetres;

	private Integer floor;

	private boolean lift;

	private Integer buildingUnits;

	private int monthlyRentKroner;

	private String landlord;

	private String landlordContact;

	@Enumerated(EnumType.STRING)
	private UnitStatus status = UnitStatus.AVAILABLE;

	private boolean letToHousingFirst;

	private String notes;

	private String buildingKey;

	@Version
	private int version;

	protected HousingUnit() {
	}

	HousingUnit(UnitDetails details) {
		describe(details);
	}

	void describe(UnitDetails details) {
		this.streetAddress = details.streetAddress().strip().replaceAll("\\s+", " ");
		this.unitLabel = blankToNull(details.unitLabel());
		this.postcode = details.postcode().strip();
		this.district = details.district().strip();
		this.kind = details.kind();
		this.rooms = details.rooms();
		this.areaSquareMetres = details.areaSquareMetres();
		this.floor = details.floor();
		this.lift = details.lift();
		this.buildingUnits = details.buildingUnits();
		this.monthlyRentKroner = details.monthlyRentKroner();
		this.landlord = blankToNull(details.landlord());
		this.landlordContact = blankToNull(details.landlordContact());
		this.notes = blankToNull(details.notes());
		this.buildingKey = buildingKey(this.streetAddress, this.postcode);
	}

	/** Set aside for Housing First: only an available unit. */
	void reserveForHousingFirst() {
		require(this.status == UnitStatus.AVAILABLE, "housing.unit.rule.reserveOnlyAvailable");
		this.status = UnitStatus.RESERVED_HF;
	}

	/**
	 * Back on the market: from reserved or unavailable; an offered or let unit has its
	 * own steps.
	 */
	void makeAvailable() {
		require(this.status == UnitStatus.RESERVED_HF || this.status == UnitStatus.UNAVAILABLE,
				"housing.unit.rule.availableOnlyFromReservedOrUnavailable");
		this.status = UnitStatus.AVAILABLE;
	}

	/** Not to be let for now (renovation, damage): not while it is offered or let. */
	void makeUnavailable() {
		require(this.status == UnitStatus.AVAILABLE || this.status == UnitStatus.RESERVED_HF,
				"housing.unit.rule.unavailableNotWhileOfferedOrLet");
		this.status = UnitStatus.UNAVAILABLE;
	}

	/** Offered to a participant: from available or reserved for Housing First. */
	void offer() {
		require(this.status == UnitStatus.AVAILABLE || this.status == UnitStatus.RESERVED_HF,
				"housing.offer.rule.unitNotOfferable");
		this.status = UnitStatus.OFFERED;
	}

	/** The offer of this unit ended without it being chosen: back to where it was. */
	void withdrawOffer(UnitStatus before) {
		require(this.status == UnitStatus.OFFERED, "housing.offer.rule.notOffered");
		this.status = before;
	}

	/** Chosen by the participant: held for them until the lease. */
	void allocate() {
		require(this.status == UnitStatus.OFFERED, "housing.offer.rule.notOffered");
		this.status = UnitStatus.ALLOCATED;
	}

	/**
	 * The allocation was released before a lease: the unit stays set aside for Housing
	 * First, and the housing service decides whether it goes back on the market.
	 */
	void releaseAllocation() {
		require(this.status == UnitStatus.ALLOCATED, "housing.unit.rule.notAllocated");
		this.status = UnitStatus.RESERVED_HF;
	}

	/**
	 * The lease is signed (or the home bought with startlån): the unit is the
	 * participant's, and counts towards the building's Housing First share. Only the
	 * allocated unit can be let; a let unit cannot be let again.
	 */
	void let() {
		require(this.status != UnitStatus.LET, "housing.unit.rule.alreadyLet");
		require(this.status == UnitStatus.ALLOCATED, "housing.unit.rule.letOnlyAllocated");
		this.status = UnitStatus.LET;
		this.letToHousingFirst = true;
	}

	/**
	 * The tenancy ended: the unit is back with the housing service, out of use until they
	 * have looked at it (after an eviction it may need repair; a bought home is not
	 * theirs to let) and make it available.
	 */
	void endLet() {
		require(this.status == UnitStatus.LET, "housing.unit.rule.notLet");
		this.status = UnitStatus.UNAVAILABLE;
		this.letToHousingFirst = false;
	}

	public String getDistrict() {
		return this.district;
	}

	/**
	 * One building: the same street address and postcode, whatever the case or spacing.
	 */
	static String buildingKey(String streetAddress, String postcode) {
		return streetAddress.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + "|" + postcode.strip();
	}

	/** How every page writes a unit's address: "Storgata 12, H0101, 8000". */
	/** The unit's address as every page writes it. */
	public String address() {
		return address(this.streetAddress, this.unitLabel, this.postcode);
	}

	public static String address(String streetAddress, String unitLabel, String postcode) {
		return streetAddress + ((unitLabel != null) ? ", " + unitLabel : "") + ", " + postcode;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public UnitDetails details() {
		return new UnitDetails(this.streetAddress, this.unitLabel, this.postcode, this.district, this.kind, this.rooms,
				this.areaSquareMetres, this.floor, this.lift, this.buildingUnits, this.monthlyRentKroner, this.landlord,
				this.landlordContact, this.notes);
	}

	public Long getId() {
		return this.id;
	}

	public UnitStatus getStatus() {
		return this.status;
	}

	public boolean isLetToHousingFirst() {
		return this.letToHousingFirst;
	}

	public String getBuildingKey() {
		return this.buildingKey;
	}

	public int getVersion() {
		return this.version;
	}

}
