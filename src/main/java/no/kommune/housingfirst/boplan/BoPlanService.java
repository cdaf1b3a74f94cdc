package no.kommune.housingfirst.boplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bo-plans and follow-up agreements. Access is the participant module's rule (a
 * participant the user may not see is a 404; only the participant's caseworkers write);
 * every read and change is audited. Nothing is overwritten: a revision is a new version,
 * an answer is appended, and a form that started from an older version than the latest is
 * refused as stale rather than merged.
 */
@Service
@AuditedTransaction
public class BoPlanService {

	/** How many goals one version may hold. */
	public static final int MAX_GOALS = 60;

	private final BoPlanVersionRepository versions;

	private final PlanAnswerRepository answers;

	private final FollowUpAgreementRepository followUps;

	private final NeedsMeetingRepository meetings;

	private final ParticipantService participants;

	private final StaffDirectory staff;

	private final AuditLog audit;

	private final BoPlanProperties properties;

	private final PlanLocks locks;

	private final PlanFollowUp followUp;

	private final Clock clock;

	BoPlanService(BoPlanVersionRepository versions, PlanAnswerRepository answers, FollowUpAgreementRepository followUps,
			NeedsMeetingRepository meetings, ParticipantService participants, StaffDirectory staff, AuditLog audit,
			BoPlanProperties properties, PlanLocks locks, PlanFollowUp followUp, Clock clock) {
		this.versions = versions;
		this.answers = answers;
		this.followUps = followUps;
		this.meetings = meetings;
		this.participants = participants;
		this.staff = staff;
		this.audit = audit;
		this.properties = properties;
		this.locks = locks;
		this.followUp = followUp;
		this.clock = clock;
	}

	/** The Boplan tab. */
	public BoPlanPage page(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.BO_PLAN);
		LocalDate today = LocalDate.now(this.clock);
		List<VersionRow> rows = this.versions.lines(participantId);
		Set<Long> people = new HashSet<>();
		rows.forEach((row) -> people.add(row.createdBy()));
		Optional<FollowUpAgreement> followUp = this.followUps
			.findFirstByParticipantIdOrderByVersionNoDesc(participantId);
		followUp.ifPresent((agreement) -> people.add(agreement.getCreatedBy()));
		List<NeedsMeeting> held = this.meetings.findTop5ByParticipantIdOrderByHeldOnDescIdDesc(participantId);
		held.forEach((meeting) -> people.add(meeting.getCreatedBy()));
		Map<Long, String> names = this.staff.namesOf(people);
		BoPlanPage.CurrentPlan current = null;
		if (!rows.isEmpty()) {
			VersionRow latest = rows.get(0);
			BoPlanVersion version = this.versions.findByParticipantIdAndVersionNo(participantId, latest.versionNo())
				.orElseThrow();
			PlanContent content = version.content();
			Answer answer = this.answers.findByVersionIdOrderByIdDesc(version.getId())
				.stream()
				.findFirst()
				.map(PlanAnswer::answer)
				.orElse(null);
			current = new BoPlanPage.CurrentPlan(latest.versionNo(), content, answer, names.get(latest.createdBy()),
					latest.createdAt(), !header.exited() && content.reviewOn().isBefore(today));
		}
		PlanFollowUp.State state = this.followUp.of(List.of(participantId)).get(participantId);
		return new BoPlanPage(header, ParticipantAccess.mayWriteCaseContent(user, header.teamId()), current,
				rows.stream()
					.map((row) -> new BoPlanPage.VersionLine(row.versionNo(), row.planDate(), row.reviewOn(),
							names.get(row.createdBy()), row.createdAt(), row.answer(), row.answeredOn()))
					.toList(),
				followUp
					.map((agreement) -> new BoPlanPage.FollowUp(agreement.getVersionNo(), agreement.terms(),
							names.get(agreement.getCreatedBy()), agreement.getCreatedAt()))
					.orElse(null),
				new BoPlanPage.Needs(state.declinedOn(), state.meetingDue(), held.stream()
					.map((meeting) -> new BoPlanPage.Meeting(meeting.meeting().heldOn(), meeting.meeting().attendees(),
							meeting.meeting().outcome(), names.get(meeting.getCreatedBy())))
					.toList()));
	}

	/**
	 * A "hva trengs nå?" meeting is due when health care was declined at a visit on or
	 * after the first follow-up agreement the participant did not decline (the one that
	 * calls for it), and no meeting was held since.
	 */
	static boolean meetingDue(LocalDate declinedOn, LocalDate agreedOn, LocalDate lastMeeting, boolean exited) {
		return !exited && declinedOn != null && agreedOn != null && !declinedOn.isBefore(agreedOn)
				&& (lastMeeting == null || lastMeeting.isBefore(declinedOn));
	}

	/**
	 * One version as it was saved, with its answers; a version that does not exist is a
	 * 404.
	 */
	public PlanVersionView version(CurrentUser user, long participantId, int versionNo) {
		Optional<BoPlanVersion> found = this.versions.findByParticipantIdAndVersionNo(participantId, versionNo);
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.BO_PLAN,
				found.map(BoPlanVersion::getId).orElse(null));
		return view(user, header, found.orElseThrow(() -> missing(user, header)));
	}

	/** The answer form of a version: only for those who may write the plan. */
	public PlanVersionView forAnswer(CurrentUser user, long participantId, int versionNo) {
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.BO_PLAN, null);
		return view(user, header, versionOf(user, header, versionNo));
	}

	private PlanVersionView view(CurrentUser user, ParticipantHeader header, BoPlanVersion version) {
		List<PlanAnswer> given = this.answers.findByVersionIdOrderByIdDesc(version.getId());
		Set<Long> people = new HashSet<>();
		people.add(version.getCreatedBy());
		given.forEach((answer) -> people.add(answer.getRecordedBy()));
		Map<Long, String> names = this.staff.namesOf(people);
		return new PlanVersionView(header, version.getVersionNo(), this.versions.latestVersionNo(header.id()),
				version.content(), names.get(version.getCreatedBy()), version.getCreatedAt(),
				given.stream()
					.map((answer) -> new PlanVersionView.AnswerLine(answer.answer(), names.get(answer.getRecordedBy()),
							answer.getRecordedAt()))
					.toList(),
				ParticipantAccess.mayWriteCaseContent(user, header.teamId()));
	}

	/** Two versions side by side and what changed from the first to the second. */
	public ComparisonView compare(CurrentUser user, long participantId, int fromVersion, int toVersion) {
		Optional<BoPlanVersion> to = this.versions.findByParticipantIdAndVersionNo(participantId, toVersion);
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.BO_PLAN,
				to.map(BoPlanVersion::getId).orElse(null));
		PlanContent before = versionOf(user, header, fromVersion).content();
		PlanContent after = to.orElseThrow(() -> missing(user, header)).content();
		List<Integer> numbers = new ArrayList<>();
		for (int no = this.versions.latestVersionNo(participantId); no >= 1; no--) {
			numbers.add(no);
		}
		return new ComparisonView(header, fromVersion, toVersion, before, after, PlanComparison.between(before, after),
				numbers);
	}

	/**
	 * What the revision form starts from: the latest version (dated today, with the
	 * review date the settings suggest), or a new plan.
	 */
	public PlanDraft draft(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.BO_PLAN, null);
		int latest = this.versions.latestVersionNo(participantId);
		LocalDate today = LocalDate.now(this.clock);
		if (latest == 0) {
			return new PlanDraft(header, 0, new PlanContent(today, null, null, null, null, null, null, null, null,
					reviewDateFor(today), StepDown.WEEKLY, List.of()));
		}
		// A revision is a new version: dated today, reviewed again after the usual time.
		PlanContent c = this.versions.findByParticipantIdAndVersionNo(participantId, latest).orElseThrow().content();
		return new PlanDraft(header, latest,
				new PlanContent(today, c.lastingHome(), c.resources(), c.wantedServices(), c.unwantedServices(),
						c.involved(), c.crisisSigns(), c.crisisHelps(), c.crisisContacts(), reviewDateFor(today),
						c.stepDown(), c.goals()));
	}

	/**
	 * For the form's goal buttons, which read nothing from the record: only those who may
	 * write the plan use them (anyone else gets the same 404 or 403 as the form).
	 */
	public void requireWriter(CurrentUser user, long participantId) {
		this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
	}

	/** Whether any plan has been written at all (the demo writes its own only then). */
	@Transactional(readOnly = true)
	public boolean anyPlans() {
		return this.versions.count() > 0;
	}

	/** The review date a version dated {@code planDate} suggests. */
	public LocalDate reviewDateFor(LocalDate planDate) {
		return planDate.plusMonths(this.properties.reviewMonths());
	}

	/**
	 * Saves a revision as the next version, once per submission key (a double submit
	 * returns the version already saved). The form must start from the latest version:
	 * otherwise it is stale and nothing is saved.
	 */
	public int revise(CurrentUser user, long participantId, int baseVersion, UUID submissionKey, PlanContent content) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		this.locks.lock(participantId);
		Optional<BoPlanVersion> earlier = this.versions.findBySubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getParticipantId() == participantId) {
			return earlier.get().getVersionNo();
		}
		int latest = this.versions.latestVersionNo(participantId);
		if (latest != baseVersion) {
			throw new StaleBoPlanException("boplan.form.conflict", latest);
		}
		StepDown previous = (latest == 0) ? StepDown.WEEKLY
				: this.versions.findByParticipantIdAndVersionNo(participantId, latest)
					.orElseThrow()
					.content()
					.stepDown();
		check(participant, content, previous);
		UUID key = earlier.isPresent() ? UUID.randomUUID() : submissionKey;
		BoPlanVersion version = this.versions
			.save(new BoPlanVersion(participantId, latest + 1, key, content, user.id(), this.clock.instant()));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.BO_PLAN, version.getId(),
				AuditAction.CREATE);
		return version.getVersionNo();
	}

	/** The version saved under a submission key, if it belongs to this participant. */
	@Transactional(readOnly = true)
	public Optional<Integer> findBySubmission(long participantId, UUID submissionKey) {
		return this.versions.findBySubmissionKey(submissionKey)
			.filter((version) -> version.getParticipantId() == participantId)
			.map(BoPlanVersion::getVersionNo);
	}

	/**
	 * Records the participant's answer to a version. An answer is never changed: a later
	 * answer (declined, then agreed after all) is recorded after it and holds.
	 */
	public void answer(CurrentUser user, long participantId, int versionNo, UUID submissionKey, Answer answer) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		BoPlanVersion version = this.versions.findByParticipantIdAndVersionNo(participantId, versionNo)
			.orElseThrow(() -> refused(user, participant, AuditAction.UPDATE));
		this.locks.lock(participantId);
		Optional<PlanAnswer> earlier = this.answers.findBySubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getVersionId() == version.getId()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		BoPlanRuleException.require(answer.on() != null, "on", "validation.required");
		BoPlanRuleException.require(!answer.on().isAfter(today), "on", "validation.notInFuture");
		BoPlanRuleException.require(!answer.on().isBefore(version.content().planDate()), "on",
				"boplan.rule.answerBeforePlan");
		BoPlanRuleException.require(answer.kind() != null, "kind", "validation.required");
		UUID key = earlier.isPresent() ? UUID.randomUUID() : submissionKey;
		this.answers.save(new PlanAnswer(version.getId(), key, answer, user.id(), this.clock.instant()));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.BO_PLAN, version.getId(),
				AuditAction.UPDATE);
	}

	/**
	 * The answer saved under a submission key, if it is to this participant's version.
	 */
	@Transactional(readOnly = true)
	public boolean answeredWith(long participantId, int versionNo, UUID submissionKey) {
		Optional<PlanAnswer> answer = this.answers.findBySubmissionKey(submissionKey);
		return answer.isPresent() && this.versions.findByParticipantIdAndVersionNo(participantId, versionNo)
			.map((version) -> version.getId().equals(answer.get().getVersionId()))
			.orElse(false);
	}

	private BoPlanVersion versionOf(CurrentUser user, ParticipantHeader header, int versionNo) {
		return this.versions.findByParticipantIdAndVersionNo(header.id(), versionNo)
			.orElseThrow(() -> missing(user, header));
	}

	/** A version that does not exist: a 404, and the attempt in the access log. */
	private ParticipantNotFoundException missing(CurrentUser user, ParticipantHeader header) {
		this.audit.denied(user, header.id(), header.teamId(), RecordType.BO_PLAN, AuditAction.READ);
		return new ParticipantNotFoundException();
	}

	private ParticipantNotFoundException refused(CurrentUser user, ParticipantRef participant, AuditAction action) {
		this.audit.denied(user, participant.id(), participant.teamId(), RecordType.BO_PLAN, action);
		return new ParticipantNotFoundException();
	}

	private void check(ParticipantRef participant, PlanContent content, StepDown previous) {
		LocalDate today = LocalDate.now(this.clock);
		BoPlanRuleException.require(content.planDate() != null, "planDate", "validation.required");
		BoPlanRuleException.require(!content.planDate().isAfter(today), "planDate", "validation.notInFuture");
		BoPlanRuleException.require(!content.planDate().isBefore(participant.includedOn()), "planDate",
				"boplan.rule.beforeInclusion");
		BoPlanRuleException.require(content.lastingHome() != null, "lastingHome", "boplan.rule.lastingHome");
		BoPlanRuleException.require(content.reviewOn() != null, "reviewOn", "validation.required");
		BoPlanRuleException.require(!content.reviewOn().isBefore(content.planDate()), "reviewOn",
				"boplan.rule.reviewBeforePlan");
		BoPlanRuleException.require(content.goals().size() <= MAX_GOALS, null, "boplan.rule.tooManyGoals", MAX_GOALS);
		StepDown stepDown = content.stepDown();
		if (stepDown.steppedDown()) {
			BoPlanRuleException.require(stepDown.from() != null, "cadenceFrom", "boplan.rule.cadenceFrom");
			// A step-down starts with the version that agrees it; one carried over
			// unchanged
			// from the previous version keeps its date.
			BoPlanRuleException.require(
					!stepDown.from().isBefore(content.planDate())
							|| (previous.cadence() == stepDown.cadence() && stepDown.from().equals(previous.from())),
					"cadenceFrom", "boplan.rule.cadenceBeforePlan");
			BoPlanRuleException.require(stepDown.criteria() != null, "stepDownCriteria",
					"boplan.rule.stepDownCriteria");
			BoPlanRuleException.require(
					stepDown.reconsiderOn() == null || !stepDown.reconsiderOn().isBefore(stepDown.from()),
					"stepDownReconsiderOn", "boplan.rule.reconsiderBeforeFrom");
		}
		Set<UUID> keys = new HashSet<>();
		for (int i = 0; i < content.goals().size(); i++) {
			PlanGoal goal = content.goals().get(i);
			String prefix = "goals[" + i + "].";
			BoPlanRuleException.require(goal.key() != null && keys.add(goal.key()), prefix + "wording",
					"boplan.rule.sameGoalTwice");
			BoPlanRuleException.require(goal.area() != null, prefix + "area", "validation.required");
			BoPlanRuleException.require(goal.wording() != null, prefix + "wording", "validation.required");
			BoPlanRuleException.require(goal.status() != null, prefix + "status", "validation.required");
			BoPlanRuleException.require(!goal.responsible().isEmpty(), prefix + "responsible",
					"boplan.rule.responsible");
			BoPlanRuleException.require(!goal.responsible().contains(Responsible.OTHER) || goal.otherName() != null,
					prefix + "otherName", "boplan.rule.otherName");
		}
	}

}
