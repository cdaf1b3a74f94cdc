package no.kommune.housingfirst.boplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up agreement (oppfølgingsavtale), versioned like the plan, and the "hva
 * trengs nå?" meetings it calls for when health care is declined. Same access and audit
 * as the plan: the participant's caseworkers write, every change is in the access log.
 */
@Service
@AuditedTransaction
public class FollowUpAgreements {

	private final FollowUpAgreementRepository followUps;

	private final NeedsMeetingRepository meetings;

	private final ParticipantService participants;

	private final AuditLog audit;

	private final PlanLocks locks;

	private final Clock clock;

	FollowUpAgreements(FollowUpAgreementRepository followUps, NeedsMeetingRepository meetings,
			ParticipantService participants, AuditLog audit, PlanLocks locks, Clock clock) {
		this.followUps = followUps;
		this.meetings = meetings;
		this.participants = participants;
		this.audit = audit;
		this.locks = locks;
		this.clock = clock;
	}

	/** The follow-up agreement form's starting point. */
	public FollowUpDraft followUpDraft(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.FOLLOW_UP_AGREEMENT,
				null);
		Optional<FollowUpAgreement> current = this.followUps
			.findFirstByParticipantIdOrderByVersionNoDesc(participantId);
		return new FollowUpDraft(header, current.map(FollowUpAgreement::getVersionNo).orElse(0),
				current.map(FollowUpAgreement::terms).orElse(null));
	}

	/**
	 * Records the follow-up agreement as its next version, once per submission key; stale
	 * when another version was saved after the form was opened.
	 */
	public int recordFollowUp(CurrentUser user, long participantId, int baseVersion, UUID submissionKey,
			FollowUpTerms terms) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		this.locks.lock(participantId);
		Optional<FollowUpAgreement> earlier = this.followUps.findBySubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getParticipantId() == participantId) {
			return earlier.get().getVersionNo();
		}
		int latest = this.followUps.findFirstByParticipantIdOrderByVersionNoDesc(participantId)
			.map(FollowUpAgreement::getVersionNo)
			.orElse(0);
		if (latest != baseVersion) {
			throw new StaleBoPlanException("boplan.followUp.conflict", latest);
		}
		LocalDate today = LocalDate.now(this.clock);
		BoPlanRuleException.require(terms.agreedOn() != null, "agreedOn", "validation.required");
		BoPlanRuleException.require(!terms.agreedOn().isAfter(today), "agreedOn", "validation.notInFuture");
		BoPlanRuleException.require(!terms.agreedOn().isBefore(participant.includedOn()), "agreedOn",
				"boplan.rule.beforeInclusion");
		BoPlanRuleException.require(terms.unreachablePlan() != null, "unreachablePlan", "validation.required");
		BoPlanRuleException.require(terms.kind() != null, "kind", "validation.required");
		UUID key = earlier.isPresent() ? UUID.randomUUID() : submissionKey;
		FollowUpAgreement agreement = this.followUps
			.save(new FollowUpAgreement(participantId, latest + 1, key, terms, user.id(), this.clock.instant()));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.FOLLOW_UP_AGREEMENT, agreement.getId(),
				AuditAction.CREATE);
		return agreement.getVersionNo();
	}

	/** The "hva trengs nå?" meeting form's header. */
	public ParticipantHeader needsMeetingHeader(CurrentUser user, long participantId) {
		return this.participants.writableHeader(user, participantId, RecordType.NEEDS_MEETING, null);
	}

	/** Records a "hva trengs nå?" meeting, once per submission key. */
	public void recordNeedsMeeting(CurrentUser user, long participantId, UUID submissionKey,
			NeedsMeetingRecord meeting) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		this.locks.lock(participantId);
		Optional<NeedsMeeting> earlier = this.meetings.findBySubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getParticipantId() == participantId) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		BoPlanRuleException.require(meeting.heldOn() != null, "heldOn", "validation.required");
		BoPlanRuleException.require(!meeting.heldOn().isAfter(today), "heldOn", "validation.notInFuture");
		BoPlanRuleException.require(!meeting.heldOn().isBefore(participant.includedOn()), "heldOn",
				"boplan.rule.beforeInclusion");
		BoPlanRuleException.require(meeting.attendees() != null, "attendees", "validation.required");
		BoPlanRuleException.require(meeting.outcome() != null, "outcome", "validation.required");
		UUID key = earlier.isPresent() ? UUID.randomUUID() : submissionKey;
		NeedsMeeting saved = this.meetings
			.save(new NeedsMeeting(participantId, key, meeting, user.id(), this.clock.instant()));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.NEEDS_MEETING, saved.getId(),
				AuditAction.CREATE);
	}

	/**
	 * The agreement version saved under a submission key, if it is this participant's.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> findBySubmission(long participantId, UUID submissionKey) {
		return this.followUps.findBySubmissionKey(submissionKey)
			.filter((agreement) -> agreement.getParticipantId() == participantId)
			.map(FollowUpAgreement::getVersionNo);
	}

	/** Whether a meeting was saved under a submission key for this participant. */
	@Transactional(readOnly = true)
	public boolean meetingSavedWith(long participantId, UUID submissionKey) {
		return this.meetings.findBySubmissionKey(submissionKey)
			.filter((meeting) -> meeting.getParticipantId() == participantId)
			.isPresent();
	}

}
