package no.kommune.housingfirst.participant;

import java.time.LocalDate;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * A participant's way through the programme: housed, back in the search, exited,
 * re-opened, and moved between teams and caseworkers. Each step is the entity's own rule;
 * this service finds the participant through the guard and audits the step with it.
 */
@Service
@AuditedTransaction
public class ParticipantPathway {

	private final ParticipantGuard guard;

	private final AuditLog audit;

	private final ParticipantChangeRepository changes;

	private final no.kommune.housingfirst.staff.StaffDirectory staff;

	private final no.kommune.housingfirst.staff.Organisation organisation;

	private final java.time.Clock clock;

	ParticipantPathway(ParticipantGuard guard, AuditLog audit, ParticipantChangeRepository changes,
			no.kommune.housingfirst.staff.StaffDirectory staff, no.kommune.housingfirst.staff.Organisation organisation,
			java.time.Clock clock) {
		this.guard = guard;
		this.audit = audit;
		this.changes = changes;
		this.staff = staff;
		this.organisation = organisation;
		this.clock = clock;
	}

	public void exit(CurrentUser user, long id, LocalDate on, ExitReason reason) {
		Participant participant = this.guard.writable(user, id, AuditAction.STATUS);
		participant.exit(on, reason, user.id());
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.STATUS);
	}

	public void reopen(CurrentUser user, long id, LocalDate on) {
		Participant participant = this.guard.writable(user, id, AuditAction.STATUS);
		// An erased record has no name, notes or history left to follow up from: a person
		// who comes back is included anew.
		ParticipantRuleException.require(!participant.isErased(), "participant.rule.reopenErased");
		participant.reopen(on, user.id());
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.STATUS);
	}

	/**
	 * Moved into a home of their own; called by the housing module at move-in, which has
	 * checked that the user may record it (the caseworker, or the housing service on a
	 * case open to it: ADR 0008).
	 */
	public void markHoused(CurrentUser user, long id, LocalDate moveIn) {
		Participant participant = ParticipantAccess.visibleTeams(user).isEmpty()
				? this.guard.forHousingService(user, id, AuditAction.STATUS)
				: this.guard.writable(user, id, AuditAction.STATUS);
		participant.markHoused(moveIn, user.id());
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.STATUS);
	}

	/**
	 * The tenancy ended and follow-up goes on: back into the search for a new home (a
	 * re-housing); called by the housing module.
	 */
	public void backToSearch(CurrentUser user, long id, LocalDate on) {
		backToSearch(user, id, on, null, null);
	}

	/**
	 * As {@link #backToSearch(CurrentUser, long, LocalDate)}, saying where the person
	 * stays now (kept in the record's history like any other change of where they stay).
	 */
	public void backToSearch(CurrentUser user, long id, LocalDate on, CurrentStay stayNow, String stayNowOther) {
		Participant participant = this.guard.writable(user, id, AuditAction.STATUS);
		participant.backToSearch(on, user.id());
		if (stayNow != null) {
			java.time.Instant now = this.clock.instant();
			participant.stayNow(stayNow, stayNowOther)
				.forEach((change) -> this.changes.save(new ParticipantChange(id, now, user.id(), change, null)));
		}
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.STATUS);
	}

	/**
	 * The housing module recorded a move-in: the participant is housed from that night.
	 */
	@org.springframework.context.event.EventListener
	void on(MovedIntoHome moved) {
		markHoused(moved.by(), moved.participantId(), moved.firstNight());
	}

	/** The housing module recorded a lost home: back into the search, a re-housing. */
	@org.springframework.context.event.EventListener
	void on(LostHome lost) {
		backToSearch(lost.by(), lost.participantId(), lost.on(), lost.stayNow(), lost.stayNowOther());
	}

	/**
	 * A section leader moves a participant to another team of the section or caseworker.
	 */
	public void reassign(CurrentUser user, long id, int version, long teamId, long primaryCaseworkerId,
			Long secondaryCaseworkerId, String reason) {
		Participant participant = this.guard.visible(user, id, AuditAction.REASSIGN);
		if (!ParticipantAccess.mayReassign(user, participant.getTeamId())) {
			this.guard.denyVisible(user, participant, AuditAction.REASSIGN);
		}
		if (participant.getVersion() != version) {
			throw new ParticipantRuleException("participant.rule.changedMeanwhile");
		}
		if (!ParticipantAccess.mayReassign(user, teamId)) {
			throw new ParticipantRuleException("teamId", "participant.rule.teamOutsideSection");
		}
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new ParticipantRuleException("reason", "participant.rule.reassignReasonNeeded");
		}
		if (why.length() > 500) {
			throw new ParticipantRuleException("reason", "participant.rule.reassignReasonTooLong");
		}
		this.guard.requireCaseworkers(teamId, primaryCaseworkerId, secondaryCaseworkerId);
		long fromTeam = participant.getTeamId();
		long fromPrimary = participant.getPrimaryCaseworkerId();
		Long fromSecondary = participant.getSecondaryCaseworkerId();
		participant.reassign(teamId, primaryCaseworkerId, secondaryCaseworkerId);
		// The history says it in names, as the page shows them.
		java.util.Set<Long> people = new java.util.HashSet<>(java.util.Arrays.asList(fromPrimary, primaryCaseworkerId));
		if (fromSecondary != null) {
			people.add(fromSecondary);
		}
		if (secondaryCaseworkerId != null) {
			people.add(secondaryCaseworkerId);
		}
		java.util.Map<Long, String> names = this.staff.namesOf(people);
		java.util.List<Participant.Change> changes = new java.util.ArrayList<>();
		Participant.compare(changes, "team", this.organisation.teamName(fromTeam), this.organisation.teamName(teamId));
		Participant.compare(changes, "primaryCaseworker", names.get(fromPrimary), names.get(primaryCaseworkerId));
		Participant.compare(changes, "secondaryCaseworker", (fromSecondary == null) ? null : names.get(fromSecondary),
				(secondaryCaseworkerId == null) ? null : names.get(secondaryCaseworkerId));
		if (changes.isEmpty()) {
			changes.add(new Participant.Change("assignment", null, null));
		}
		java.time.Instant now = this.clock.instant();
		changes.forEach((change) -> this.changes.save(new ParticipantChange(id, now, user.id(), change, why)));
		this.audit.changed(user, id, teamId, RecordType.PARTICIPANT, id, AuditAction.REASSIGN);
	}

}
