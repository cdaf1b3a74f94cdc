package no.kommune.housingfirst.housing;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may work on a participant's way into a home (ADR 0008): the caseworker of the team,
 * or the housing service — with the participant's consent to share with it, or once the
 * caseworker has started an offer (then under a reference, not the name). Anyone else
 * gets a 404, audited as a refusal.
 */
@Component
class HousingCaseAccess {

	private final ParticipantService participants;

	private final HousingOfferRepository offers;

	private final AuditLog audit;

	HousingCaseAccess(ParticipantService participants, HousingOfferRepository offers, AuditLog audit) {
		this.participants = participants;
		this.offers = offers;
		this.audit = audit;
	}

	/** Works for the housing service, not for a team. */
	static boolean housingService(CurrentUser user) {
		return user.hasRole(Role.HOUSING_OFFICER) && ParticipantAccess.visibleTeams(user).isEmpty();
	}

	/**
	 * The participant, if the user may take a step of the way into a home for them: the
	 * caseworker who may write the record, or the housing service on an open case.
	 */
	ParticipantRef writable(CurrentUser user, long participantId, AuditAction action) {
		return housingService(user) ? openCase(user, participantId, action)
				: this.participants.requireWritable(user, participantId, action);
	}

	/**
	 * The case as the housing service may see it, or a 404 (audited) when it is not open
	 * to them: no consent and no offer yet.
	 */
	ParticipantRef openCase(CurrentUser user, long participantId, AuditAction action) {
		ParticipantRef participant = this.participants.forHousingService(user, participantId);
		if (!participant.consentHousing() && !this.offers.existsByParticipantId(participantId)) {
			this.audit.denied(user, participantId, participant.teamId(), RecordType.HOUSING, action);
			throw new ParticipantNotFoundException();
		}
		return participant;
	}

}
