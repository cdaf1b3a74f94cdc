package no.kommune.housingfirst.participant;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.StaffOption;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds a participant for a user the way {@link ParticipantAccess} allows, and writes the
 * refusal to the audit trail when it does not: the one gate every participant service
 * uses.
 */
@Component
class ParticipantGuard {

	private final ParticipantRepository participants;

	private final AuditLog audit;

	private final StaffDirectory staff;

	ParticipantGuard(ParticipantRepository participants, AuditLog audit, StaffDirectory staff) {
		this.participants = participants;
		this.audit = audit;
		this.staff = staff;
	}

	Participant visible(CurrentUser user, long id, AuditAction action) {
		return visible(user, id, action, false);
	}

	/** As visible, with the status and change histories loaded in the same query. */
	Participant visibleWithHistory(CurrentUser user, long id, AuditAction action) {
		return visible(user, id, action, true);
	}

	private Participant visible(CurrentUser user, long id, AuditAction action, boolean withHistory) {
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		Set<Long> restrictedTeams = ParticipantAccess.restrictedVisibleTeamsOrNone(user);
		Optional<Participant> participant = teams.isEmpty() ? Optional.empty()
				: withHistory ? this.participants.findVisibleWithHistory(id, teams, restrictedTeams)
						: this.participants.findVisible(id, teams, restrictedTeams);
		if (participant.isEmpty()) {
			this.audit.denied(user, id, this.participants.findTeamIdById(id).orElse(null), RecordType.PARTICIPANT,
					action);
			throw new ParticipantNotFoundException();
		}
		return participant.get();
	}

	/**
	 * For the housing service, who works for the whole municipality: any participant; the
	 * housing module has decided from consent and offers that the case is open to them.
	 */
	Participant forHousingService(CurrentUser user, long id, AuditAction action) {
		// A restricted record is the section leader's alone, not the housing service's.
		Optional<Participant> participant = user.hasRole(no.kommune.housingfirst.shared.security.Role.HOUSING_OFFICER)
				? this.participants.findById(id).filter((p) -> !p.isRestricted()) : Optional.empty();
		if (participant.isEmpty()) {
			this.audit.denied(user, id, this.participants.findTeamIdById(id).orElse(null), RecordType.PARTICIPANT,
					action);
			throw new ParticipantNotFoundException();
		}
		return participant.get();
	}

	Participant writable(CurrentUser user, long id, AuditAction action) {
		Participant participant = visible(user, id, action);
		if (!ParticipantAccess.mayWriteCaseContent(user, participant.getTeamId())) {
			denyVisible(user, participant, action);
		}
		return participant;
	}

	void denyVisible(CurrentUser user, Participant participant, AuditAction action) {
		this.audit.denied(user, participant.getId(), participant.getTeamId(), RecordType.PARTICIPANT, action);
		throw new AccessDeniedException("not allowed to change this participant");
	}

	void requireCaseworkers(long teamId, long primaryId, Long secondaryId) {
		if (Objects.equals(primaryId, secondaryId)) {
			throw new ParticipantRuleException("secondaryCaseworkerId", "participant.rule.secondarySameAsPrimary");
		}
		Set<Long> inTeam = this.staff.caseworkersIn(Set.of(teamId))
			.stream()
			.filter((option) -> option.teamIds().contains(teamId))
			.map(StaffOption::id)
			.collect(Collectors.toSet());
		if (!inTeam.contains(primaryId)) {
			throw new ParticipantRuleException("primaryCaseworkerId", "participant.rule.caseworkerNotInTeam");
		}
		if (secondaryId != null && !inTeam.contains(secondaryId)) {
			throw new ParticipantRuleException("secondaryCaseworkerId", "participant.rule.caseworkerNotInTeam");
		}
	}

}
