package no.kommune.housingfirst.housing;

import static no.kommune.housingfirst.housing.HousingRuleException.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A participant's own home: a lease or a purchase with startlån, the move-in (keys handed
 * over, first night there) and, when it comes, the end. Each step refuses what cannot
 * happen: moving in twice, ending a tenancy that has ended, dates before the start.
 */
@Entity
public class Tenancy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private long unitId;

	private long allocationId;

	@Enumerated(EnumType.STRING)
	private TenancyKind kind;

	private LocalDate startsOn;

	@Enumerated(EnumType.STRING)
	private LeaseTerm term;

	private LocalDate endsOn;

	private Integer monthlyRentKroner;

	private String landlord;

	@Enumerated(EnumType.STRING)
	private Deposit deposit;

	private boolean rentDeduction;

	private LocalDate keysOn;

	private LocalDate firstNightOn;

	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	private TenancyEnd endReason;

	private Boolean rehousing;

	private String whatWentWrong;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private no.kommune.housingfirst.participant.CurrentStay stayAfter;

	private String stayAfterOther;

	@jakarta.persistence.OneToMany(fetch = jakarta.persistence.FetchType.LAZY)
	@jakarta.persistence.JoinColumn(name = "tenancy_id", referencedColumnName = "id", insertable = false,
			updatable = false)
	private java.util.Set<TenancyCorrection> corrections = new java.util.HashSet<>();

	private long createdBy;

	@Version
	private int version;

	protected Tenancy() {
	}

	Tenancy(Allocation allocation, LeaseTerms terms, long createdBy) {
		this.participantId = allocation.getParticipantId();
		this.unitId = allocation.getUnitId();
		this.allocationId = allocation.getId();
		this.kind = terms.kind();
		this.startsOn = terms.startsOn();
		if (terms.kind() == TenancyKind.LEASE) {
			require(terms.term() != null && terms.monthlyRentKroner() != null && terms.deposit() != null,
					"housing.tenancy.rule.leaseTermsNeeded");
			require(terms.term() != LeaseTerm.OTHER
					|| (terms.endsOn() != null && terms.endsOn().isAfter(terms.startsOn())),
					"housing.tenancy.rule.endAfterStart");
			this.term = terms.term();
			this.endsOn = switch (terms.term()) {
				case THREE_YEARS -> terms.startsOn().plusYears(3).minusDays(1);
				case FIVE_YEARS -> terms.startsOn().plusYears(5).minusDays(1);
				case INDEFINITE -> null;
				case OTHER -> terms.endsOn();
			};
			this.monthlyRentKroner = terms.monthlyRentKroner();
			this.landlord = terms.landlord();
			this.deposit = terms.deposit();
			this.rentDeduction = terms.rentDeduction();
		}
		this.createdBy = createdBy;
	}

	/** A corrected field, old and new value in words. */
	record Change(String field, String from, String to) {
	}

	/**
	 * Corrects the lease's start, length, rent and landlord (not a purchase, not an ended
	 * tenancy, not a start after the move-in) and says what changed.
	 */
	List<Change> correctLease(LocalDate startsOn, LeaseTerm term, LocalDate endsOn, Integer rent, String landlord) {
		require(this.kind == TenancyKind.LEASE, "housing.tenancy.rule.leaseOnly");
		require(this.endedOn == null, "housing.tenancy.rule.ended");
		require(this.firstNightOn == null || !startsOn.isAfter(this.firstNightOn),
				"housing.tenancy.rule.startAfterMoveIn");
		require(term != LeaseTerm.OTHER || (endsOn != null && endsOn.isAfter(startsOn)),
				"housing.tenancy.rule.endAfterStart");
		LocalDate newEnd = switch (term) {
			case THREE_YEARS -> startsOn.plusYears(3).minusDays(1);
			case FIVE_YEARS -> startsOn.plusYears(5).minusDays(1);
			case INDEFINITE -> null;
			case OTHER -> endsOn;
		};
		List<Change> changes = new ArrayList<>();
		compare(changes, "startsOn", this.startsOn, startsOn);
		compare(changes, "term", this.term, term);
		compare(changes, "endsOn", this.endsOn, newEnd);
		compare(changes, "monthlyRentKroner", this.monthlyRentKroner, rent);
		compare(changes, "landlord", this.landlord, landlord);
		this.startsOn = startsOn;
		this.term = term;
		this.endsOn = newEnd;
		this.monthlyRentKroner = rent;
		this.landlord = landlord;
		return changes;
	}

	private static void compare(List<Change> changes, String field, Object from, Object to) {
		if (!java.util.Objects.equals(from, to)) {
			changes.add(new Change(field, words(from), words(to)));
		}
	}

	private static String words(Object value) {
		if (value instanceof LocalDate date) {
			return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		}
		return (value == null) ? null : value.toString();
	}

	/** The corrections of this lease, newest first. */
	List<TenancyCorrection> getCorrections() {
		return this.corrections.stream()
			.sorted(java.util.Comparator.comparing(TenancyCorrection::getId).reversed())
			.toList();
	}

	/**
	 * Keys handed over and the first night slept there: the move-in date is the first
	 * night.
	 */
	void moveIn(LocalDate keys, LocalDate firstNight, LocalDate today) {
		require(this.firstNightOn == null, "housing.tenancy.rule.alreadyMovedIn");
		require(this.endedOn == null, "housing.tenancy.rule.ended");
		require(keys != null && firstNight != null, "housing.tenancy.rule.moveInDatesNeeded");
		require(!firstNight.isBefore(keys), "housing.tenancy.rule.firstNightBeforeKeys");
		require(!firstNight.isAfter(today), "housing.tenancy.rule.future");
		require(!keys.isBefore(this.startsOn.minusDays(14)), "housing.tenancy.rule.keysLongBeforeStart");
		require(!firstNight.isBefore(this.startsOn), "housing.tenancy.rule.firstNightBeforeStart");
		this.keysOn = keys;
		this.firstNightOn = firstNight;
	}

	/** The tenancy ended; a re-housing if the participant goes back into the search. */
	void end(LocalDate on, TenancyEnd reason, boolean backToSearch, LocalDate today, String whatWentWrong,
			no.kommune.housingfirst.participant.CurrentStay stayAfter, String stayAfterOther) {
		require(this.endedOn == null, "housing.tenancy.rule.ended");
		require(on != null && reason != null, "housing.tenancy.rule.endNeedsDateAndReason");
		// A lease that has not started yet can be called off; one that has, ends after it
		// began.
		require(!on.isBefore(this.startsOn) || this.startsOn.isAfter(today), "housing.tenancy.rule.endBeforeStart");
		require(this.firstNightOn == null || !on.isBefore(this.firstNightOn), "housing.tenancy.rule.endBeforeMoveIn");
		require(!on.isAfter(today), "housing.tenancy.rule.future");
		this.endedOn = on;
		this.endReason = reason;
		this.rehousing = backToSearch;
		this.whatWentWrong = (whatWentWrong == null || whatWentWrong.isBlank()) ? null : whatWentWrong.strip();
		this.stayAfter = stayAfter;
		this.stayAfterOther = (stayAfter == no.kommune.housingfirst.participant.CurrentStay.OTHER) ? stayAfterOther
				: null;
	}

	/** A lease creates NAV's first-rent task; a purchase does not. */
	public boolean needsFirstRent() {
		return this.kind == TenancyKind.LEASE;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public long getAllocationId() {
		return this.allocationId;
	}

	public TenancyKind getKind() {
		return this.kind;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LeaseTerm getTerm() {
		return this.term;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public Integer getMonthlyRentKroner() {
		return this.monthlyRentKroner;
	}

	public String getLandlord() {
		return this.landlord;
	}

	public Deposit getDeposit() {
		return this.deposit;
	}

	public boolean isRentDeduction() {
		return this.rentDeduction;
	}

	public LocalDate getKeysOn() {
		return this.keysOn;
	}

	public LocalDate getFirstNightOn() {
		return this.firstNightOn;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public TenancyEnd getEndReason() {
		return this.endReason;
	}

	public String getWhatWentWrong() {
		return this.whatWentWrong;
	}

	public no.kommune.housingfirst.participant.CurrentStay getStayAfter() {
		return this.stayAfter;
	}

	public String getStayAfterOther() {
		return this.stayAfterOther;
	}

	public Boolean getRehousing() {
		return this.rehousing;
	}

	public int getVersion() {
		return this.version;
	}

}
