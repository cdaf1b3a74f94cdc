package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Two or three units offered to one participant, who views them and chooses one or
 * declines each. Choosing allocates the unit and releases the others; declining
 * everything keeps the participant in the search with this offer in the history.
 */
@Entity
@Table(name = "housing_offer")
public class HousingOffer {

	public static final int MIN_UNITS = 2;

	public static final int MAX_UNITS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private LocalDate madeOn;

	private long madeBy;

	@Enumerated(EnumType.STRING)
	private OfferStatus status = OfferStatus.OPEN;

	@Version
	private int version;

	@OneToMany(mappedBy = "offer", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<OfferedUnit> units = new ArrayList<>();

	protected HousingOffer() {
	}

	HousingOffer(long participantId, List<HousingUnit> offered, LocalDate madeOn, long madeBy) {
		if (offered.size() < MIN_UNITS || offered.size() > MAX_UNITS) {
			throw new HousingRuleException("housing.offer.rule.twoOrThree");
		}
		if (new HashSet<>(offered.stream().map(HousingUnit::getId).toList()).size() != offered.size()) {
			throw new HousingRuleException("housing.offer.rule.twoOrThree");
		}
		// Check every unit before touching any, so a refused offer changes nothing.
		if (offered.stream()
			.anyMatch(
					(unit) -> unit.getStatus() != UnitStatus.AVAILABLE && unit.getStatus() != UnitStatus.RESERVED_HF)) {
			throw new HousingRuleException("housing.offer.rule.unitNotOfferable");
		}
		this.participantId = participantId;
		this.madeOn = madeOn;
		this.madeBy = madeBy;
		offered.forEach((unit) -> this.units.add(new OfferedUnit(this, unit)));
	}

	void recordViewing(long unitId, LocalDate on, String with) {
		open(unitId).viewed(on, with);
	}

	/** The participant chose this unit: it is allocated, the others go back. */
	void choose(long unitId, LocalDate on) {
		OfferedUnit chosen = open(unitId);
		chosen.choose(on);
		this.units.stream().filter((unit) -> unit != chosen).forEach(OfferedUnit::release);
		this.status = OfferStatus.CHOSEN;
	}

	void decline(long unitId, DeclineReason reason, LocalDate on) {
		if (reason == null) {
			throw new HousingRuleException("housing.offer.rule.reasonNeeded");
		}
		open(unitId).decline(reason, on);
		if (this.units.stream().allMatch((unit) -> unit.getAnswer() == OfferedUnit.Answer.DECLINED)) {
			this.status = OfferStatus.ALL_DECLINED;
		}
	}

	/**
	 * All the offered units in one district: allowed, but the participant should get a
	 * choice.
	 */
	public boolean allInOneDistrict() {
		return this.units.stream().map((unit) -> unit.getUnit().getDistrict()).distinct().count() == 1;
	}

	private OfferedUnit open(long unitId) {
		if (this.status != OfferStatus.OPEN) {
			throw new HousingRuleException("housing.offer.rule.notOpen");
		}
		OfferedUnit unit = this.units.stream()
			.filter((u) -> u.getUnit().getId() == unitId)
			.findFirst()
			.orElseThrow(() -> new HousingRuleException("housing.offer.rule.unitNotInOffer"));
		if (unit.getAnswer() != null) {
			throw new HousingRuleException("housing.offer.rule.alreadyAnswered");
		}
		return unit;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public LocalDate getMadeOn() {
		return this.madeOn;
	}

	public OfferStatus getStatus() {
		return this.status;
	}

	public List<OfferedUnit> getUnits() {
		return List.copyOf(this.units);
	}

}
