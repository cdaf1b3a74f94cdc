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

	ParticipantPathway(ParticipantGuard guard, AuditLog audit) {
		this.guard = guard;
		this.audit = audit;
	}

	public void exit(CurrentUser user, long id, LocalDate on, ExitReason reason) {
		Participant participant = this.guard.writable(user, id, AuditAction.STATUS);
		participant.exit(on, reason, user.id());
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.STATUS);
	}

	public void reopen(CurrentUser user, long id, LocalDate on) {
		Participant participant = this.guard.writable(user, id, AuditAction.STATUS);
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
		Participant participant = this.guard.writable(user, id, AuditAction.STATUS);
		participant.backToSearch(on, user.id());
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.STATUS);
	}

	/**
	 * A section leader moves a participant to another team of the section or caseworker.
	 */
	public void reassign(CurrentUser user, long id, int version, long teamId, long primaryCaseworkerId,
			Long secondaryCaseworkerId) {
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
		this.guard.requireCaseworkers(teamId, primaryCaseworkerId, secondaryCaseworkerId);
		participant.reassign(teamId, primaryCaseworkerId, secondaryCaseworkerId);
		this.audit.changed(user, id, teamId, RecordType.PARTICIPANT, id, AuditAction.REASSIGN);
	}

}
