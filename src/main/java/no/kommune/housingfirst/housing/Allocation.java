package no.kommune.housingfirst.housing;

import static no.kommune.housingfirst.housing.HousingRuleException.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

/**
 * A unit allocated to the participant who chose it. The joint allocation meeting of the
 * housing service, the follow-up team and NAV is due within three working days; its
 * record says who took part and divides the tasks.
 */
@Entity
public class Allocation {

	/** Working days from allocation to the allocation meeting (tildelingsmøte). */
	public static final int MEETING_WITHIN_WORKING_DAYS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long participantId;

	private long unitId;

	private long offerId;

	private LocalDate allocatedOn;

	private LocalDate meetingDue;

	private LocalDate meetingHeldOn;

	private boolean housingServiceAttended;

	private boolean teamAttended;

	private boolean navAttended;

	private long createdBy;

	/** Local time in Norway: a meeting is booked for a wall-clock time. */
	private java.time.LocalDateTime meetingPlannedAt;

	private String meetingMinutes;

	private boolean participantAttended;

	private LocalDate releasedOn;

	@Enumerated(EnumType.STRING)
	private AllocationRelease releaseReason;

	private Long releasedBy;

	@Version
	private int version;

	@OneToMany(mappedBy = "allocation", cascade = CascadeType.ALL)
	private List<AllocationTask> tasks = new ArrayList<>();

	protected Allocation() {
	}

	Allocation(long participantId, long unitId, long offerId, LocalDate allocatedOn, long createdBy) {
		this.participantId = participantId;
		this.unitId = unitId;
		this.offerId = offerId;
		this.allocatedOn = allocatedOn;
		this.meetingDue = WorkingDays.plusWorkingDays(allocatedOn, MEETING_WITHIN_WORKING_DAYS);
		this.createdBy = createdBy;
	}

	/**
	 * Books the meeting for a day and time: not before the allocation, and not for a
	 * meeting already held. Booking again moves it.
	 */
	void planMeeting(java.time.LocalDateTime at) {
		require(this.releasedOn == null, "housing.allocation.rule.released");
		require(this.meetingHeldOn == null, "housing.meeting.rule.alreadyHeld");
		require(at != null && !at.toLocalDate().isBefore(this.allocatedOn), "housing.meeting.rule.beforeAllocation");
		this.meetingPlannedAt = at;
	}

	/**
	 * Records (or corrects) the meeting as held: the day, who took part (the participant
	 * too), short minutes, and every task with its responsible party. A meeting cannot be
	 * held before the allocation nor in the future, and someone must have taken part.
	 */
	void recordMeeting(LocalDate heldOn, LocalDate today, boolean housingService, boolean team, boolean nav,
			boolean participant, String minutes, Map<MeetingTask, TaskAssignment> assignments) {
		require(this.releasedOn == null, "housing.allocation.rule.released");
		require(heldOn != null, "housing.meeting.rule.dateNeeded");
		require(!heldOn.isBefore(this.allocatedOn), "housing.meeting.rule.beforeAllocation");
		require(!heldOn.isAfter(today), "housing.meeting.rule.future");
		require(housingService || team || nav, "housing.meeting.rule.attendeesNeeded");
		require(assignments.values().stream().noneMatch((a) -> a.done() && a.responsible() == null),
				"housing.meeting.rule.doneNeedsResponsible");
		this.meetingHeldOn = heldOn;
		this.participantAttended = participant;
		this.meetingMinutes = (minutes == null || minutes.isBlank()) ? null : minutes.strip();
		this.housingServiceAttended = housingService;
		this.teamAttended = team;
		this.navAttended = nav;
		for (MeetingTask task : MeetingTask.values()) {
			TaskAssignment assignment = assignments.getOrDefault(task, new TaskAssignment(null, false));
			taskFor(task).assign(assignment.responsible(), assignment.done());
		}
	}

	/**
	 * The allocation did not become a home: released with its reason, not before the
	 * allocation and not in the future. The caller returns the unit to the housing
	 * service; a signed allocation cannot be released (its tenancy ends instead).
	 */
	void release(LocalDate on, AllocationRelease reason, long by, LocalDate today) {
		require(this.releasedOn == null, "housing.allocation.rule.released");
		require(reason != null, "housing.allocation.rule.releaseReasonNeeded");
		require(on != null && !on.isBefore(this.allocatedOn) && !on.isAfter(today),
				"housing.allocation.rule.releaseDate");
		this.releasedOn = on;
		this.releaseReason = reason;
		this.releasedBy = by;
	}

	/**
	 * Another step did a task of the meeting (NAV confirmed the first rent, say): it is
	 * done, whoever the meeting made responsible; NAV's when no meeting has divided it.
	 */
	void completeTask(MeetingTask task) {
		AllocationTask row = taskFor(task);
		row.assign((row.getResponsible() != null) ? row.getResponsible() : Party.NAV, true);
	}

	/**
	 * A party marks its own task done: only a task the meeting gave to one of these
	 * parties.
	 */
	void tickTask(MeetingTask task, java.util.Set<Party> own) {
		require(this.releasedOn == null, "housing.allocation.rule.released");
		AllocationTask row = this.tasks.stream().filter((t) -> t.getTask() == task).findFirst().orElse(null);
		require(row != null && row.getResponsible() != null && own.contains(row.getResponsible()),
				"housing.meeting.rule.notYourTask");
		row.assign(row.getResponsible(), true);
	}

	private AllocationTask taskFor(MeetingTask task) {
		return this.tasks.stream().filter((t) -> t.getTask() == task).findFirst().orElseGet(() -> {
			AllocationTask created = new AllocationTask(this, task);
			this.tasks.add(created);
			return created;
		});
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

	public LocalDate getAllocatedOn() {
		return this.allocatedOn;
	}

	public LocalDate getMeetingDue() {
		return this.meetingDue;
	}

	public LocalDate getMeetingHeldOn() {
		return this.meetingHeldOn;
	}

	public boolean isHousingServiceAttended() {
		return this.housingServiceAttended;
	}

	public boolean isTeamAttended() {
		return this.teamAttended;
	}

	public boolean isNavAttended() {
		return this.navAttended;
	}

	public int getVersion() {
		return this.version;
	}

	/** The tasks in the order the meeting goes through them. */
	public List<AllocationTask> getTasks() {
		return this.tasks.stream().sorted(Comparator.comparing(AllocationTask::getTask)).toList();
	}

	/** Not held, not released, and the third working day has passed. */
	public boolean isMeetingOverdue(LocalDate today) {
		return this.meetingHeldOn == null && this.releasedOn == null && today.isAfter(this.meetingDue);
	}

	public java.time.LocalDateTime getMeetingPlannedAt() {
		return this.meetingPlannedAt;
	}

	public String getMeetingMinutes() {
		return this.meetingMinutes;
	}

	public boolean isParticipantAttended() {
		return this.participantAttended;
	}

	public LocalDate getReleasedOn() {
		return this.releasedOn;
	}

	public AllocationRelease getReleaseReason() {
		return this.releaseReason;
	}

	public boolean isReleased() {
		return this.releasedOn != null;
	}

	/** Held within three working days of the allocation. */
	public boolean isMeetingHeldOnTime() {
		return this.meetingHeldOn != null && !this.meetingHeldOn.isAfter(this.meetingDue);
	}

}
