package no.kommune.housingfirst.housing;

import static no.kommune.housingfirst.housing.HousingRuleException.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A home in the register. Its status changes only through its own steps, each refusing an
 * impossible one (letting a unit that is let, offering one that is unavailable). Every
 * change of its details or status is noted, field by field, for the unit's history; the
 * service that made the change writes the notes with who made it.
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

	private LocalDate availableFrom;

	@Column(updatable = false)
	private UUID submissionKey;

	@Version
	private int version;

	/** Changes not yet in the history; see {@link #takeChanges()}. */
	@Transient
	private final List<Change> changes = new ArrayList<>();

	/** One changed field: its name, the old and the new value as text. */
	record Change(String field, String from, String to) {
	}

	protected HousingUnit() {
	}

	HousingUnit(UnitDetails details, UUID submissionKey) {
		this.submissionKey = submissionKey;
		apply(details);
	}

	/** New details; each field that differs is noted for the history. */
	void describe(UnitDetails details) {
		UnitDetails before = details();
		apply(details);
		UnitDetails after = details();
		compare(before, after, "streetAddress", UnitDetails::streetAddress);
		compare(before, after, "unitLabel", UnitDetails::unitLabel);
		compare(before, after, "postcode", UnitDetails::postcode);
		compare(before, after, "district", UnitDetails::district);
		compare(before, after, "kind", UnitDetails::kind);
		compare(before, after, "rooms", UnitDetails::rooms);
		compare(before, after, "areaSquareMetres", UnitDetails::areaSquareMetres);
		compare(before, after, "floor", UnitDetails::floor);
		compare(before, after, "lift", UnitDetails::lift);
		compare(before, after, "buildingUnits", UnitDetails::buildingUnits);
		compare(before, after, "monthlyRentKroner", UnitDetails::monthlyRentKroner);
		compare(before, after, "landlord", UnitDetails::landlord);
		compare(before, after, "landlordContact", UnitDetails::landlordContact);
		compare(before, after, "notes", UnitDetails::notes);
		compare(before, after, "availableFrom", UnitDetails::availableFrom);
	}

	/** The changes noted since the last call, for the history; forgets them. */
	List<Change> takeChanges() {
		List<Change> taken = List.copyOf(this.changes);
		this.changes.clear();
		return taken;
	}

	private void compare(UnitDetails before, UnitDetails after, String field, Function<UnitDetails, Object> value) {
		Object from = value.apply(before);
		Object to = value.apply(after);
		if (!Objects.equals(from, to)) {
			this.changes
				.add(new Change(field, (from != null) ? from.toString() : null, (to != null) ? to.toString() : null));
		}
	}

	private void moveTo(UnitStatus next) {
		if (next != this.status) {
			this.changes.add(new Change("status", this.status.name(), next.name()));
			this.status = next;
		}
	}

	private void apply(UnitDetails details) {
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
		this.availableFrom = details.availableFrom();
	}

	/** Set aside for Housing First: only an available unit. */
	void reserveForHousingFirst() {
		require(this.status == UnitStatus.AVAILABLE, "housing.unit.rule.reserveOnlyAvailable");
		moveTo(UnitStatus.RESERVED_HF);
	}

	/**
	 * Back on the market: from reserved or unavailable; an offered or let unit has its
	 * own steps.
	 */
	void makeAvailable() {
		require(this.status == UnitStatus.RESERVED_HF || this.status == UnitStatus.UNAVAILABLE,
				"housing.unit.rule.availableOnlyFromReservedOrUnavailable");
		moveTo(UnitStatus.AVAILABLE);
	}

	/** Not to be let for now (renovation, damage): not while it is offered or let. */
	void makeUnavailable() {
		require(this.status == UnitStatus.AVAILABLE || this.status == UnitStatus.RESERVED_HF,
				"housing.unit.rule.unavailableNotWhileOfferedOrLet");
		moveTo(UnitStatus.UNAVAILABLE);
	}

	/** Offered to a participant: from available or reserved for Housing First. */
	void offer() {
		require(this.status == UnitStatus.AVAILABLE || this.status == UnitStatus.RESERVED_HF,
				"housing.offer.rule.unitNotOfferable");
		moveTo(UnitStatus.OFFERED);
	}

	/** The offer of this unit ended without it being chosen: back to where it was. */
	void withdrawOffer(UnitStatus before) {
		require(this.status == UnitStatus.OFFERED, "housing.offer.rule.notOffered");
		moveTo(before);
	}

	/** Chosen by the participant: held for them until the lease. */
	void allocate() {
		require(this.status == UnitStatus.OFFERED, "housing.offer.rule.notOffered");
		moveTo(UnitStatus.ALLOCATED);
	}

	/**
	 * The allocation was released before a lease: the unit stays set aside for Housing
	 * First, and the housing service decides whether it goes back on the market.
	 */
	void releaseAllocation() {
		require(this.status == UnitStatus.ALLOCATED, "housing.unit.rule.notAllocated");
		moveTo(UnitStatus.RESERVED_HF);
	}

	/**
	 * The lease is signed (or the home bought with startlån): the unit is the
	 * participant's, and counts towards the building's Housing First share. Only the
	 * allocated unit can be let; a let unit cannot be let again.
	 */
	void let() {
		require(this.status != UnitStatus.LET, "housing.unit.rule.alreadyLet");
		require(this.status == UnitStatus.ALLOCATED, "housing.unit.rule.letOnlyAllocated");
		moveTo(UnitStatus.LET);
		this.letToHousingFirst = true;
	}

	/**
	 * The tenancy ended: the unit is back with the housing service, out of use until they
	 * have looked at it (after an eviction it may need repair; a bought home is not
	 * theirs to let) and make it available.
	 */
	void endLet() {
		require(this.status == UnitStatus.LET, "housing.unit.rule.notLet");
		moveTo(UnitStatus.UNAVAILABLE);
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
	public String address() {
		return address(this.streetAddress, this.unitLabel, this.postcode);
	}

	public static String address(String streetAddress, String unitLabel, String postcode) {
		return UnitAddress.of(streetAddress, unitLabel, postcode);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public UnitDetails details() {
		return new UnitDetails(this.streetAddress, this.unitLabel, this.postcode, this.district, this.kind, this.rooms,
				this.areaSquareMetres, this.floor, this.lift, this.buildingUnits, this.monthlyRentKroner, this.landlord,
				this.landlordContact, this.notes, this.availableFrom);
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
