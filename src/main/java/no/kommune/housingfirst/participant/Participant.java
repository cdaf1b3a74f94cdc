package no.kommune.housingfirst.participant;

import static no.kommune.housingfirst.participant.ParticipantRuleException.require;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A person in the Housing First programme. Guards its own pathway: status changes only by
 * {@link #markHoused}, {@link #exit} and {@link #reopen}, each refusing an impossible
 * step and leaving a line in the status history.
 */
@Entity
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long teamId;

	private long primaryCaseworkerId;

	private Long secondaryCaseworkerId;

	private String fullName;

	private String searchName;

	private LocalDate birthDate;

	private String phone;

	@Enumerated(EnumType.STRING)
	private CurrentStay currentStay;

	private String currentStayOther;

	private int monthsHomeless;

	@Enumerated(EnumType.STRING)
	private GuardianNeed guardianNeed;

	private boolean consentNav;

	private boolean consentHousing;

	private LocalDate consentDate;

	private String practicalNotes;

	@Enumerated(EnumType.STRING)
	private ParticipantStatus status;

	private LocalDate includedOn;

	private LocalDate activeSince;

	private LocalDate exitedOn;

	@Enumerated(EnumType.STRING)
	private ExitReason exitReason;

	/**
	 * Processing restricted (GDPR art. 18): kept in step with the open
	 * {@link ParticipantRestriction} period by {@link ParticipantRestrictions}, so every
	 * query hides the participant with one predicate.
	 */
	private boolean restricted;

	/**
	 * The personal data has been erased (ADR 0015): read with the row, in the same
	 * statement.
	 */
	@org.hibernate.annotations.Formula("(EXISTS (SELECT 1 FROM participant_erasure e WHERE e.participant_id = id))")
	private boolean erased;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private long createdBy;

	private java.util.UUID submissionKey;

	@Version
	private int version;

	@OneToMany(mappedBy = "participant", cascade = CascadeType.ALL)
	@OrderBy("id")
	// A set, kept in order: a list (bag) could not be fetched with the change history.
	private Set<StatusChange> statusChanges = new java.util.LinkedHashSet<>();

	/**
	 * The history of changed fields, read with the page (one query with the status
	 * history); written through its own repository, never through this collection.
	 */
	@OneToMany(fetch = FetchType.LAZY)
	@JoinColumn(name = "participant_id", referencedColumnName = "id", insertable = false, updatable = false)
	private Set<ParticipantChange> changes = new java.util.HashSet<>();

	protected Participant() {
	}

	Participant(ParticipantDetails details, long teamId, long primaryCaseworkerId, Long secondaryCaseworkerId,
			LocalDate includedOn, long createdBy, java.util.UUID submissionKey) {
		describe(details);
		this.submissionKey = submissionKey;
		this.teamId = teamId;
		this.primaryCaseworkerId = primaryCaseworkerId;
		this.secondaryCaseworkerId = secondaryCaseworkerId;
		this.status = ParticipantStatus.INCLUDED;
		this.includedOn = includedOn;
		this.activeSince = includedOn;
		this.createdBy = createdBy;
		this.statusChanges.add(new StatusChange(this, null, ParticipantStatus.INCLUDED, null, includedOn, createdBy));
	}

	/** A changed field, old and new value in words (names, codes of choices). */
	record Change(String field, String from, String to) {
	}

	/**
	 * Replaces the case content and says what changed; team, caseworkers and status are
	 * not touched.
	 */
	List<Change> update(ParticipantDetails details) {
		ParticipantDetails before = details();
		describe(details);
		ParticipantDetails after = details();
		List<Change> changes = new ArrayList<>();
		compare(changes, "fullName", before.fullName(), after.fullName());
		compare(changes, "birthDate", before.birthDate(), after.birthDate());
		compare(changes, "phone", before.phone(), after.phone());
		compare(changes, "currentStay", before.currentStay(), after.currentStay());
		compare(changes, "currentStayOther", before.currentStayOther(), after.currentStayOther());
		compare(changes, "monthsHomeless", before.monthsHomeless(), after.monthsHomeless());
		compare(changes, "guardianNeed", before.guardianNeed(), after.guardianNeed());
		compare(changes, "consentNav", before.consentNav(), after.consentNav());
		compare(changes, "consentHousing", before.consentHousing(), after.consentHousing());
		compare(changes, "consentDate", before.consentDate(), after.consentDate());
		compare(changes, "practicalNotes", before.practicalNotes(), after.practicalNotes());
		return changes;
	}

	static void compare(List<Change> changes, String field, Object from, Object to) {
		if (!java.util.Objects.equals(from, to)) {
			changes.add(new Change(field, words(from), words(to)));
		}
	}

	/** A value as the history shows it: dates as people write them, choices by code. */
	private static String words(Object value) {
		if (value instanceof LocalDate date) {
			return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		}
		return (value == null) ? null : value.toString();
	}

	/** Where the person stays now (after losing a home, say); what changed. */
	List<Change> stayNow(CurrentStay stay, String other) {
		List<Change> changes = new ArrayList<>();
		String otherNow = (stay == CurrentStay.OTHER) ? blankToNull(other) : null;
		compare(changes, "currentStay", this.currentStay, stay);
		compare(changes, "currentStayOther", this.currentStayOther, otherNow);
		this.currentStay = stay;
		this.currentStayOther = otherNow;
		return changes;
	}

	/** Replaces the case content; team, caseworkers and status are not touched. */
	void describe(ParticipantDetails details) {
		this.fullName = details.fullName().strip();
		this.searchName = searchable(this.fullName);
		this.birthDate = details.birthDate();
		this.phone = blankToNull(details.phone());
		this.currentStay = details.currentStay();
		this.currentStayOther = (details.currentStay() == CurrentStay.OTHER) ? blankToNull(details.currentStayOther())
				: null;
		this.monthsHomeless = details.monthsHomeless();
		this.guardianNeed = details.guardianNeed();
		this.consentNav = details.consentNav();
		this.consentHousing = details.consentHousing();
		this.consentDate = (details.consentNav() || details.consentHousing()) ? details.consentDate() : null;
		this.practicalNotes = blankToNull(details.practicalNotes());
	}

	void reassign(long teamId, long primaryCaseworkerId, Long secondaryCaseworkerId) {
		if (secondaryCaseworkerId != null && secondaryCaseworkerId == primaryCaseworkerId) {
			throw new ParticipantRuleException("secondaryCaseworkerId", "participant.rule.secondarySameAsPrimary");
		}
		this.teamId = teamId;
		this.primaryCaseworkerId = primaryCaseworkerId;
		this.secondaryCaseworkerId = secondaryCaseworkerId;
	}

	/** Moved into a home of their own: only from INCLUDED. */
	public void markHoused(LocalDate moveIn, long by) {
		require(this.status == ParticipantStatus.INCLUDED, "participant.rule.housedOnlyFromIncluded");
		require(!moveIn.isBefore(this.includedOn), "participant.rule.dateBeforeInclusion");
		change(ParticipantStatus.HOUSED, null, moveIn, by);
	}

	/** Back into the search after a lost tenancy: only from HOUSED. */
	public void backToSearch(LocalDate on, long by) {
		require(this.status == ParticipantStatus.HOUSED, "participant.rule.searchOnlyFromHoused");
		change(ParticipantStatus.INCLUDED, null, on, by);
	}

	void exit(LocalDate on, ExitReason reason, long by) {
		require(this.status != ParticipantStatus.EXITED, "participant.rule.alreadyExited");
		require(reason != null, "participant.rule.exitNeedsReason");
		require(!on.isBefore(this.includedOn), "participant.rule.dateBeforeInclusion");
		requireAfterPreviousStep(on);
		this.exitedOn = on;
		this.exitReason = reason;
		change(ParticipantStatus.EXITED, reason.name(), on, by);
	}

	/** Follow-up starts again after an exit; the participant is back in the search. */
	void reopen(LocalDate on, long by) {
		require(this.status == ParticipantStatus.EXITED, "participant.rule.reopenOnlyExited");
		require(this.exitReason != ExitReason.DECEASED, "participant.rule.reopenDeceased");
		require(!on.isBefore(this.exitedOn), "participant.rule.dateBeforeExit");
		requireAfterPreviousStep(on);
		this.exitedOn = null;
		this.exitReason = null;
		this.activeSince = on;
		change(ParticipantStatus.INCLUDED, null, on, by);
	}

	/**
	 * The pathway moves forward in time: no step may be dated before the one it follows.
	 */
	private void requireAfterPreviousStep(LocalDate on) {
		LocalDate previous = this.statusChanges.stream()
			.reduce((first, second) -> second)
			.map(StatusChange::getEffectiveOn)
			.orElse(this.includedOn);
		require(previous == null || !on.isBefore(previous), "participant.rule.dateBeforePreviousStep");
	}

	private void change(ParticipantStatus to, String reason, LocalDate on, long by) {
		requireAfterPreviousStep(on);
		this.statusChanges.add(new StatusChange(this, this.status, to, reason, on, by));
		this.status = to;
	}

	/**
	 * Processing restricted from now on; a restricted record cannot be restricted again.
	 */
	void restrict() {
		require(!this.restricted, "participant.restriction.alreadyRestricted");
		this.restricted = true;
	}

	/** The restriction lifted; only a restricted record can be. */
	void liftRestriction() {
		require(this.restricted, "participant.restriction.notRestricted");
		this.restricted = false;
	}

	static String searchable(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public ParticipantDetails details() {
		return new ParticipantDetails(this.fullName, this.birthDate, this.phone, this.currentStay,
				this.currentStayOther, this.monthsHomeless, this.guardianNeed, this.consentNav, this.consentHousing,
				this.consentDate, this.practicalNotes);
	}

	public Long getId() {
		return this.id;
	}

	public long getTeamId() {
		return this.teamId;
	}

	public long getPrimaryCaseworkerId() {
		return this.primaryCaseworkerId;
	}

	public Long getSecondaryCaseworkerId() {
		return this.secondaryCaseworkerId;
	}

	public String getFullName() {
		return this.fullName;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public ParticipantStatus getStatus() {
		return this.status;
	}

	public LocalDate getIncludedOn() {
		return this.includedOn;
	}

	public LocalDate getActiveSince() {
		return this.activeSince;
	}

	public LocalDate getExitedOn() {
		return this.exitedOn;
	}

	public ExitReason getExitReason() {
		return this.exitReason;
	}

	public boolean isRestricted() {
		return this.restricted;
	}

	public boolean isErased() {
		return this.erased;
	}

	public int getVersion() {
		return this.version;
	}

	public List<StatusChange> getStatusChanges() {
		return List.copyOf(this.statusChanges);
	}

	/** The changed fields, newest first. */
	List<ParticipantChange> getChanges() {
		return this.changes.stream()
			.sorted(java.util.Comparator.comparing(ParticipantChange::getChangedAt)
				.thenComparing(ParticipantChange::getId)
				.reversed())
			.toList();
	}

}
