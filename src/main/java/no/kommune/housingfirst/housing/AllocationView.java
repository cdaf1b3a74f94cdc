package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

/**
 * An allocation as the pages show it: the meeting, who took part, the division of tasks,
 * and the release if it did not become a home. Pages get this, never the entity.
 */
public record AllocationView(long id, LocalDate allocatedOn, LocalDate meetingDue,
		java.time.LocalDateTime meetingPlannedAt, LocalDate meetingHeldOn, boolean meetingHeldOnTime,
		boolean participantAttended, String meetingMinutes, boolean housingServiceAttended, boolean teamAttended,
		boolean navAttended, List<Task> tasks, boolean released, LocalDate releasedOn, AllocationRelease releaseReason,
		int version) {

	/** One task of the meeting. */
	public record Task(MeetingTask task, Party responsible, boolean done) {

		/** Settled by NAV's confirmation, never ticked off by hand. */
		public boolean firstRent() {
			return this.task == MeetingTask.FIRST_RENT;
		}

		/** The housing service's to tick off. */
		public boolean housingServiceTask() {
			return this.responsible == Party.HOUSING_SERVICE;
		}

		/** The team's to tick off (its own, and the participant's). */
		public boolean teamTask() {
			return this.responsible == Party.FOLLOW_UP_TEAM || this.responsible == Party.PARTICIPANT;
		}

	}

	static AllocationView of(Allocation a) {
		return new AllocationView(a.getId(), a.getAllocatedOn(), a.getMeetingDue(), a.getMeetingPlannedAt(),
				a.getMeetingHeldOn(), a.isMeetingHeldOnTime(), a.isParticipantAttended(), a.getMeetingMinutes(),
				a.isHousingServiceAttended(), a.isTeamAttended(), a.isNavAttended(),
				a.getTasks().stream().map((t) -> new Task(t.getTask(), t.getResponsible(), t.isDone())).toList(),
				a.isReleased(), a.getReleasedOn(), a.getReleaseReason(), a.getVersion());
	}

	/**
	 * As the housing service may see it (ADR 0008): the meeting's minutes are the team's
	 * words, not the housing service's.
	 */
	public AllocationView forHousingService() {
		return new AllocationView(this.id, this.allocatedOn, this.meetingDue, this.meetingPlannedAt, this.meetingHeldOn,
				this.meetingHeldOnTime, this.participantAttended, null, this.housingServiceAttended, this.teamAttended,
				this.navAttended, this.tasks, this.released, this.releasedOn, this.releaseReason, this.version);
	}

	/** The division of tasks as the meeting form shows it. */
	public java.util.Map<MeetingTask, TaskAssignment> assignments() {
		java.util.Map<MeetingTask, TaskAssignment> map = new java.util.EnumMap<>(MeetingTask.class);
		this.tasks.forEach((t) -> map.put(t.task(), new TaskAssignment(t.responsible(), t.done())));
		return map;
	}

}
