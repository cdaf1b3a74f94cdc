package no.kommune.housingfirst.visitlog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs, corrects and shows visits. Access goes through the participant module's rule (a
 * participant the user may not see is a 404); only the participant's caseworkers write.
 * Every read and change is audited as a visit record.
 */
@Service
// As in ParticipantService: reads write audit rows, and refusals keep theirs.
@AuditedTransaction
public class VisitService {

	/** How many weeks of history one page shows. */
	public static final int WEEKS_PER_PAGE = 26;

	private final VisitRepository visits;

	private final VisitCorrectionRepository corrections;

	private final ParticipantService participants;

	private final StaffDirectory staff;

	private final AuditLog audit;

	private final VisitProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitService(VisitRepository visits, VisitCorrectionRepository corrections, ParticipantService participants,
			StaffDirectory staff, AuditLog audit, VisitProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.visits = visits;
		this.corrections = corrections;
		this.participants = participants;
		this.staff = staff;
		this.audit = audit;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Logs a visit once per submission key: the same key again (a double tap, a retry, a
	 * reload) returns the visit already saved instead of making another.
	 */
	public long log(CurrentUser user, long participantId, UUID submissionKey, VisitDetails details) {
		return log(user, participantId, submissionKey, details, null);
	}

	/**
	 * As {@link #log(CurrentUser, long, UUID, VisitDetails)}, for a visit recorded on the
	 * phone without signal and sent from its queue later: the audit row keeps when it was
	 * recorded there ({@code recordedOnPhone}, the phone's clock, null if not known)
	 * beside when it arrived. A visit the queue sends again is found by its key and
	 * stored once.
	 */
	public long logFromPhone(CurrentUser user, long participantId, UUID submissionKey, VisitDetails details,
			Instant recordedOnPhone) {
		return log(user, participantId, submissionKey, details, recordedOnPhone);
	}

	private long log(CurrentUser user, long participantId, UUID submissionKey, VisitDetails details,
			Instant recordedOnPhone) {
		ParticipantRef participant = writable(user, participantId, AuditAction.CREATE);
		Optional<Visit> earlier = this.visits.findBySubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getParticipantId() == participantId) {
			return earlier.get().getId();
		}
		check(participant, details, true);
		// A key already used for someone else cannot be this submission's: give it its
		// own.
		UUID key = earlier.isPresent() ? UUID.randomUUID() : submissionKey;
		Visit visit = this.visits.save(new Visit(participantId, details, key, user.id()));
		logged(visit, details);
		if (recordedOnPhone != null) {
			this.audit.changedFromDevice(user, participantId, participant.teamId(), RecordType.VISIT, visit.getId(),
					AuditAction.CREATE, recordedOnPhone);
		}
		else {
			this.audit.changed(user, participantId, participant.teamId(), RecordType.VISIT, visit.getId(),
					AuditAction.CREATE);
		}
		return visit.getId();
	}

	private void logged(Visit visit, VisitDetails details) {
		this.events.publishEvent(new VisitLogged(visit.getId(), visit.getParticipantId(), details.date(),
				details.contact(), details.durationMinutes()));
	}

	/**
	 * The visit already saved under a submission key, if it belongs to this participant.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findBySubmission(long participantId, UUID submissionKey) {
		return this.visits.findBySubmissionKey(submissionKey)
			.filter((visit) -> visit.getParticipantId() == participantId)
			.map(Visit::getId);
	}

	/**
	 * The date of a visit of this participant that still counts (not voided), for another
	 * module that ties its record to the visit (a FIT session); empty for any other id.
	 * The caller has already checked access to the participant.
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> dateOfVisit(long participantId, long visitId) {
		return this.visits.findByIdAndParticipantId(visitId, participantId)
			.filter((visit) -> !visit.isVoided())
			.map(Visit::getVisitDate);
	}

	/**
	 * Brings in visits from before the system (paper, spreadsheets): the usual rules
	 * except the limit on how far back a visit may be logged.
	 */
	public int importHistory(CurrentUser user, long participantId, List<VisitDetails> history) {
		ParticipantRef participant = writable(user, participantId, AuditAction.CREATE);
		for (VisitDetails details : history) {
			check(participant, details, false);
			Visit visit = this.visits.save(new Visit(participantId, details, UUID.randomUUID(), user.id()));
			logged(visit, details);
			this.audit.changed(user, participantId, participant.teamId(), RecordType.VISIT, visit.getId(),
					AuditAction.CREATE);
		}
		return history.size();
	}

	/** Corrects a visit; each changed field is kept in the correction history. */
	public void correct(CurrentUser user, long participantId, long visitId, int version, VisitDetails details) {
		ParticipantRef participant = writable(user, participantId, AuditAction.UPDATE);
		Visit visit = visitOf(user, participantId, participant.teamId(), visitId, AuditAction.UPDATE);
		if (visit.getVersion() != version) {
			throw new StaleVisitException(visit.details(), visit.getVersion());
		}
		check(participant, details, !details.date().equals(visit.getVisitDate()));
		VisitDetails before = visit.details();
		List<Visit.Change> changes = visit.correct(details);
		// Written before the event: the roll-ups recompute from the rows.
		this.visits.flush();
		this.events.publishEvent(new VisitCorrected(visitId, participantId, before.date(), before.contact(),
				before.durationMinutes(), details.date(), details.contact(), details.durationMinutes()));
		changes.forEach((change) -> this.corrections.save(new VisitCorrection(visitId, user.id(), change)));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.VISIT, visitId, AuditAction.UPDATE);
	}

	/**
	 * Voids a visit logged by mistake (on the wrong person, twice): it stays in the
	 * history with who, when and why, counts nowhere, and cannot be corrected afterwards.
	 * Who may correct it may void it; the version the page showed must still be current.
	 */
	public void voidVisit(CurrentUser user, long participantId, long visitId, int version, VoidReason reason,
			String comment) {
		ParticipantRef participant = writable(user, participantId, AuditAction.UPDATE);
		Visit visit = visitOf(user, participantId, participant.teamId(), visitId, AuditAction.UPDATE);
		if (visit.getVersion() != version) {
			throw new StaleVisitException("visitlog.void.conflict", visit.details(), visit.getVersion());
		}
		visit.voidBy(user.id(), reason, comment, Instant.now(this.clock));
		VisitDetails details = visit.details();
		this.visits.flush();
		this.events.publishEvent(
				new VisitVoided(visitId, participantId, details.date(), details.contact(), details.durationMinutes()));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.VISIT, visitId, AuditAction.UPDATE);
	}

	/** One visit with its correction history, and its void if it was voided. */
	public VisitView view(CurrentUser user, long participantId, long visitId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.VISIT, visitId);
		Visit visit = visitOf(user, header.id(), header.teamId(), visitId, AuditAction.READ);
		List<VisitCorrection> lines = this.corrections.findByVisitIdOrderByIdAsc(visitId);
		Set<Long> people = new HashSet<>();
		people.add(visit.getCreatedBy());
		if (visit.isVoided()) {
			people.add(visit.getVoidedBy());
		}
		lines.forEach((line) -> people.add(line.getCorrectedBy()));
		Map<Long, String> names = this.staff.namesOf(people);
		return new VisitView(header, visitId, visit.getVersion(), visit.details(), names.get(visit.getCreatedBy()),
				visit.getCreatedAt(),
				lines.stream()
					.map((line) -> new VisitView.CorrectionLine(line.getCorrectedAt(), names.get(line.getCorrectedBy()),
							line.getField(), shown(line.getField(), line.getOldValue()),
							shown(line.getField(), line.getNewValue())))
					.toList(),
				visit.isVoided() ? new VisitView.Voiding(visit.getVoidedAt(), names.get(visit.getVoidedBy()),
						visit.getVoidReason(), visit.getVoidComment()) : null);
	}

	/**
	 * Dates in the correction history as people write them; other values stay as stored.
	 */
	private static String shown(String field, String value) {
		return ("date".equals(field) && value != null)
				? LocalDate.parse(value).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) : value;
	}

	/** The visit form's header, audited like any read of the participant's visits. */
	public ParticipantHeader header(CurrentUser user, long participantId) {
		return this.participants.header(user, participantId, RecordType.VISIT);
	}

	/**
	 * The participant's follow-up by ISO week, newest first, from the current week back
	 * to the week of inclusion; weeks without a visit are there as gaps. Voided visits
	 * are listed, marked, and do not fill a gap.
	 */
	public List<WeekOfVisits> history(CurrentUser user, ParticipantHeader header, int page) {
		// Up to this week, or to the week follow-up ended: no gaps after an exit.
		LocalDate today = LocalDate.now(this.clock);
		IsoWeek current = IsoWeek
			.of((header.exitedOn() != null && header.exitedOn().isBefore(today)) ? header.exitedOn() : today);
		IsoWeek first = IsoWeek.of(header.includedOn());
		IsoWeek newest = current.plus(-(long) WEEKS_PER_PAGE * Math.max(page, 0));
		if (newest.compareTo(first) < 0) {
			return List.of();
		}
		IsoWeek oldest = newest.plus(-(WEEKS_PER_PAGE - 1));
		if (oldest.compareTo(first) < 0) {
			oldest = first;
		}
		List<Visit> found = this.visits.findInPeriod(header.id(), oldest.monday(), newest.sunday());
		Set<Long> corrected = found.isEmpty() ? Set.of()
				: this.corrections.findCorrectedVisitIds(found.stream().map(Visit::getId).toList());
		Map<IsoWeek, List<WeekOfVisits.VisitSummary>> byWeek = found.stream()
			.collect(
					Collectors.groupingBy((visit) -> IsoWeek.of(visit.getVisitDate()),
							Collectors.mapping(
									(visit) -> new WeekOfVisits.VisitSummary(visit.getId(), visit.details(),
											corrected.contains(visit.getId()), visit.isVoided()),
									Collectors.toList())));
		List<WeekOfVisits> weeks = new ArrayList<>();
		for (IsoWeek week = newest; week.compareTo(oldest) >= 0; week = week.plus(-1)) {
			weeks.add(new WeekOfVisits(week, byWeek.getOrDefault(week, List.of())));
		}
		return weeks;
	}

	/**
	 * The visit, if it belongs to this participant; a visit id from elsewhere is a
	 * refusal.
	 */
	private Visit visitOf(CurrentUser user, long participantId, long teamId, long visitId, AuditAction action) {
		Optional<Visit> visit = this.visits.findByIdAndParticipantId(visitId, participantId);
		if (visit.isEmpty()) {
			this.audit.denied(user, participantId, teamId, RecordType.VISIT, action);
			throw new ParticipantNotFoundException();
		}
		return visit.get();
	}

	private ParticipantRef writable(CurrentUser user, long participantId, AuditAction action) {
		return this.participants.requireWritable(user, participantId, action);
	}

	private void check(ParticipantRef participant, VisitDetails details, boolean limitDaysBack) {
		LocalDate today = LocalDate.now(this.clock);
		if (details.date() == null) {
			throw new VisitRuleException("date", "validation.required");
		}
		if (details.date().isAfter(today)) {
			throw new VisitRuleException("date", "validation.notInFuture");
		}
		if (details.date().isBefore(participant.includedOn())) {
			throw new VisitRuleException("date", "visitlog.rule.beforeInclusion");
		}
		if (limitDaysBack && details.date().isBefore(today.minusDays(this.properties.maxDaysBack()))) {
			throw new VisitRuleException("date", "visitlog.rule.tooFarBack", this.properties.maxDaysBack());
		}
		if (participant.status() == ParticipantStatus.EXITED && limitDaysBack) {
			throw new VisitRuleException("date", "visitlog.rule.exited");
		}
	}

}
