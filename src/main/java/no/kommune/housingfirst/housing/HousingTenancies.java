package no.kommune.housingfirst.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.LostHome;
import no.kommune.housingfirst.participant.MovedIntoHome;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * From allocation to a home of one's own and, sometimes, out of it again: the allocation
 * meeting, the lease or purchase (which lets the unit and gives NAV its first-rent task),
 * the move-in (the participant is housed) and the end of a tenancy (back into the search,
 * a re-housing, unless follow-up ends too). Every step is the caseworker's, on a
 * participant they may write, and audited as a change of the housing record.
 */
@Service
@AuditedTransaction
public class HousingTenancies {

	private final AllocationRepository allocations;

	private final TenancyRepository tenancies;

	private final HousingUnitRepository units;

	private final UnitHistory unitHistory;

	private final ParticipantService participants;

	private final ParticipantPathway pathway;

	private final HousingCaseAccess access;

	private final TenancyCorrectionRepository corrections;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HousingTenancies(AllocationRepository allocations, TenancyRepository tenancies, HousingUnitRepository units,
			UnitHistory unitHistory, ParticipantService participants, ParticipantPathway pathway,
			HousingCaseAccess access, TenancyCorrectionRepository corrections, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.allocations = allocations;
		this.tenancies = tenancies;
		this.units = units;
		this.unitHistory = unitHistory;
		this.participants = participants;
		this.pathway = pathway;
		this.access = access;
		this.corrections = corrections;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The meeting and lease pages: the header (an audited read of this allocation; 404 if
	 * not visible, 403 if not writable), the allocation and its unit, in one transaction.
	 */
	public HousingStepPage allocationPage(CurrentUser user, long participantId, long allocationId) {
		// The record first: an id that is not this participant's is a 404 that leaves no
		// "allowed read" of the participant in the access log.
		Allocation allocation = this.allocations.findByIdAndParticipantId(allocationId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		HousingStepPage top = top(user, participantId, allocationId);
		HousingUnit unit = this.units.findById(allocation.getUnitId()).orElseThrow();
		UnitDetails details = unit.details();
		return new HousingStepPage(top.header(), top.caseHeader(), AllocationView.of(allocation), null, unit.address(),
				details.monthlyRentKroner(), details.landlord());
	}

	/** The move-in and end pages: the header and the tenancy, in one transaction. */
	public HousingStepPage tenancyPage(CurrentUser user, long participantId, long tenancyId) {
		Tenancy tenancy = this.tenancies.findByIdAndParticipantId(tenancyId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		HousingStepPage top = top(user, participantId, tenancyId);
		return new HousingStepPage(top.header(), top.caseHeader(), null, TenancyView.of(tenancy), null, 0, null);
	}

	/**
	 * The top of a step's page, an audited read: the caseworker's header (404 if not
	 * visible, 403 if not writable), or the housing service's case header (404 unless the
	 * case is open to them).
	 */
	private HousingStepPage top(CurrentUser user, long participantId, long recordId) {
		if (HousingCaseAccess.housingService(user)) {
			ParticipantRef participant = this.access.openCase(user, participantId, AuditAction.READ);
			this.audit.read(user, participantId, participant.teamId(), RecordType.HOUSING, recordId);
			return new HousingStepPage(null, HousingCaseHeader.of(participant, today()), null, null, null, 0, null);
		}
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.HOUSING, recordId);
		return new HousingStepPage(header, null, null, null, null, 0, null);
	}

	/** Records or corrects the allocation meeting and its division of tasks. */
	public void recordMeeting(CurrentUser user, long participantId, long allocationId, int version, Meeting meeting) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		// Locked for a version increment: the tasks are rows of their own, and two people
		// correcting the meeting at once must not overwrite each other.
		Allocation allocation = this.allocations.findForMeetingByIdAndParticipantId(allocationId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (allocation.getVersion() != version) {
			throw new StaleHousingException();
		}
		allocation.recordMeeting(meeting.heldOn(), today(), meeting.housingService(), meeting.team(), meeting.nav(),
				meeting.participant(), meeting.minutes(), meeting.tasks());
		try {
			this.allocations.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Someone else recorded the meeting's first tasks at the same moment.
			throw new StaleHousingException();
		}
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, allocationId,
				AuditAction.UPDATE);
	}

	/**
	 * Books the allocation meeting ahead for a day and time (moving it if already
	 * booked): shown on the list of meetings to hold until it is recorded as held.
	 */
	public void planMeeting(CurrentUser user, long participantId, long allocationId, int version,
			java.time.LocalDateTime at) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		Allocation allocation = this.allocations.findByIdAndParticipantId(allocationId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (allocation.getVersion() != version) {
			throw new StaleHousingException();
		}
		allocation.planMeeting(at);
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, allocationId,
				AuditAction.UPDATE);
	}

	/**
	 * The allocation did not become a home: it is released with its reason, the unit goes
	 * back to the housing service (still set aside for Housing First), and a new offer
	 * can be made. A signed allocation cannot be released; its tenancy ends instead.
	 */
	public void release(CurrentUser user, long participantId, long allocationId, int version, LocalDate on,
			AllocationRelease reason) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		Allocation allocation = this.allocations.findByIdAndParticipantId(allocationId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (allocation.getVersion() != version) {
			throw new StaleHousingException();
		}
		if (this.tenancies.existsByAllocationId(allocationId)) {
			throw new HousingRuleException("housing.allocation.rule.signed");
		}
		allocation.release(on, reason, user.id(), today());
		HousingUnit unit = this.units.findById(allocation.getUnitId()).orElseThrow();
		unit.releaseAllocation();
		this.unitHistory.record(unit, user.id());
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, allocationId,
				AuditAction.UPDATE);
	}

	/**
	 * Tasks of the allocation meeting that another step has done (NAV confirmed the first
	 * rent, gave the deposit guarantee, decided the establishment grant) are marked done
	 * on the allocation the tenancy came from. Called inside that step's transaction,
	 * which has already checked who may take it.
	 */
	public void tasksDone(long tenancyId, java.util.Set<MeetingTask> done) {
		if (done.isEmpty()) {
			return;
		}
		Allocation allocation = this.allocations.findByTenancyId(tenancyId).orElseThrow();
		done.forEach(allocation::completeTask);
	}

	/**
	 * A party ticks off its own task of the allocation meeting: the housing service the
	 * tasks the meeting gave it, the team (caseworker) the team's and the participant's.
	 * Someone else's task is refused.
	 */
	public void tickTask(CurrentUser user, long participantId, long allocationId, MeetingTask task) {
		ParticipantRef participant = this.access.writable(user, participantId, AuditAction.UPDATE);
		Allocation allocation = this.allocations.findByIdAndParticipantId(allocationId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		java.util.Set<Party> own = HousingCaseAccess.housingService(user) ? java.util.Set.of(Party.HOUSING_SERVICE)
				: java.util.Set.of(Party.FOLLOW_UP_TEAM, Party.PARTICIPANT);
		allocation.tickTask(task, own);
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, allocationId,
				AuditAction.UPDATE);
	}

	/**
	 * NAV's own tasks of the allocation meeting behind a tenancy, for NAV's task page;
	 * the caller (the first-rent module) has checked that NAV may see this task.
	 */
	public java.util.List<AllocationView.Task> navTasks(long tenancyId) {
		return this.allocations.findByTenancyId(tenancyId)
			.map((a) -> AllocationView.of(a).tasks().stream().filter((t) -> t.responsible() == Party.NAV).toList())
			.orElse(java.util.List.of());
	}

	/**
	 * NAV ticks off one of its own tasks; the caller has checked NAV may see the task.
	 */
	public void navTicksTask(long tenancyId, MeetingTask task) {
		this.allocations.findByTenancyId(tenancyId).orElseThrow().tickTask(task, java.util.Set.of(Party.NAV));
	}

	/**
	 * Signs the lease (or the purchase) of the allocated unit: the unit is let, and a
	 * lease gives NAV a first-rent task due on the lease start.
	 */
	public long sign(CurrentUser user, long participantId, long allocationId, LeaseTerms terms) {
		ParticipantRef participant = this.access.writable(user, participantId, AuditAction.CREATE);
		Allocation allocation = this.allocations.findByIdAndParticipantId(allocationId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (participant.status() == ParticipantStatus.EXITED) {
			throw new HousingRuleException("housing.tenancy.rule.exited");
		}
		if (this.tenancies.existsByAllocationId(allocationId)) {
			throw new HousingRuleException("housing.tenancy.rule.alreadySigned");
		}
		if (allocation.isReleased()) {
			throw new HousingRuleException("housing.allocation.rule.released");
		}
		if (this.tenancies.existsByParticipantIdAndEndedOnIsNull(participantId)) {
			throw new HousingRuleException("housing.tenancy.rule.currentTenancy");
		}
		HousingUnit unit = this.units.findById(allocation.getUnitId()).orElseThrow();
		unit.let();
		this.unitHistory.record(unit, user.id());
		Tenancy tenancy;
		try {
			tenancy = this.tenancies.saveAndFlush(new Tenancy(allocation, terms, user.id()));
		}
		catch (DataIntegrityViolationException ex) {
			// Signed by someone else at the same moment (one tenancy per allocation).
			throw new StaleHousingException("housing.tenancy.rule.alreadySigned");
		}
		this.events.publishEvent(new LeaseSigned(tenancy.getId(), participantId, allocationId,
				tenancy.needsFirstRent() ? tenancy.getStartsOn() : null));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, tenancy.getId(),
				AuditAction.CREATE);
		return tenancy.getId();
	}

	/**
	 * Corrects a lease (start, length, rent, landlord) with every changed field kept in
	 * its history; an unconfirmed first rent follows a new start. The caseworker or the
	 * housing service; a stale version is a conflict.
	 */
	public void correctLease(CurrentUser user, long participantId, long tenancyId, int version, LeaseTerms terms) {
		ParticipantRef participant = this.access.writable(user, participantId, AuditAction.UPDATE);
		Tenancy tenancy = current(participantId, tenancyId, version);
		LocalDate startedOn = tenancy.getStartsOn();
		List<Tenancy.Change> changes = tenancy.correctLease(terms.startsOn(), terms.term(), terms.endsOn(),
				terms.monthlyRentKroner(), terms.landlord());
		java.time.Instant now = this.clock.instant();
		changes.forEach((change) -> this.corrections.save(new TenancyCorrection(tenancyId, now, user.id(), change)));
		if (!startedOn.equals(terms.startsOn())) {
			this.events.publishEvent(new LeaseCorrected(tenancyId, participantId, terms.startsOn()));
		}
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, tenancyId,
				AuditAction.UPDATE);
	}

	/**
	 * Keys handed over and the first night slept there: the participant is housed from
	 * the first night (days to housing count to it).
	 */
	public void moveIn(CurrentUser user, long participantId, long tenancyId, int version, LocalDate keys,
			LocalDate firstNight) {
		ParticipantRef participant = this.access.writable(user, participantId, AuditAction.UPDATE);
		Tenancy tenancy = current(participantId, tenancyId, version);
		if (participant.status() != ParticipantStatus.INCLUDED) {
			throw new HousingRuleException("housing.tenancy.rule.moveInOnlyInSearch");
		}
		tenancy.moveIn(keys, firstNight, today());
		this.events.publishEvent(new MovedIn(tenancyId, participantId, keys, firstNight));
		this.events.publishEvent(new MovedIntoHome(user, participantId, firstNight));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, tenancyId,
				AuditAction.UPDATE);
	}

	/**
	 * The tenancy ended. The unit goes back to the housing service (not offered again
	 * until they have looked at it), and an unconfirmed first rent leaves NAV's queue.
	 * Unless follow-up ends too (then with its own reason), a participant who lost the
	 * home goes back into the search: a re-housing.
	 */
	public void end(CurrentUser user, long participantId, long tenancyId, int version, TenancyEnding ending) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		Tenancy tenancy = current(participantId, tenancyId, version);
		if (ending.reason() == TenancyEnd.DECEASED && ending.exitReason() != ExitReason.DECEASED) {
			throw new HousingRuleException("housing.tenancy.rule.deceasedEndsFollowUp");
		}
		boolean exited = participant.status() == ParticipantStatus.EXITED;
		boolean followUpEnds = ending.exitReason() != null && !exited;
		// Lost the home while follow-up goes on: back into the search, a re-housing.
		// A move to another home of their own, or an exit, is not.
		boolean backToSearch = !followUpEnds && !exited && participant.status() == ParticipantStatus.HOUSED
				&& ending.reason().losesTheHome();
		tenancy.end(ending.endedOn(), ending.reason(), backToSearch, today(), ending.whatWentWrong(),
				ending.stayAfter(), ending.stayAfterOther());
		HousingUnit unit = this.units.findById(tenancy.getUnitId()).orElseThrow();
		unit.endLet();
		this.unitHistory.record(unit, user.id());
		this.events.publishEvent(new TenancyEnded(tenancyId, participantId, ending.endedOn(), ending.reason()));
		if (followUpEnds) {
			this.pathway.exit(user, participantId, ending.endedOn(), ending.exitReason());
		}
		else if (backToSearch) {
			this.events.publishEvent(
					new LostHome(user, participantId, ending.endedOn(), ending.stayAfter(), ending.stayAfterOther()));
		}
		this.audit.changed(user, participantId, participant.teamId(), RecordType.HOUSING, tenancyId,
				AuditAction.UPDATE);
	}

	private Tenancy current(long participantId, long tenancyId, int version) {
		Tenancy tenancy = this.tenancies.findByIdAndParticipantId(tenancyId, participantId)
			.orElseThrow(ParticipantNotFoundException::new);
		if (tenancy.getVersion() != version) {
			throw new StaleHousingException();
		}
		return tenancy;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The meeting as recorded: the day, who took part, and every task's assignment. */
	public record Meeting(LocalDate heldOn, boolean housingService, boolean team, boolean nav, boolean participant,
			String minutes, Map<MeetingTask, TaskAssignment> tasks) {
	}

	/**
	 * How a tenancy ended; with an exit reason when follow-up ends too (null: it goes
	 * on).
	 */
	public record TenancyEnding(LocalDate endedOn, TenancyEnd reason, ExitReason exitReason, String whatWentWrong,
			no.kommune.housingfirst.participant.CurrentStay stayAfter, String stayAfterOther) {

		/** Just the date and reason (and the exit, if follow-up ends too). */
		public TenancyEnding(LocalDate endedOn, TenancyEnd reason, ExitReason exitReason) {
			this(endedOn, reason, exitReason, null, null, null);
		}

	}

}
