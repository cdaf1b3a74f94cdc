package no.kommune.housingfirst.fit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
import no.kommune.housingfirst.participant.NoticeQuery;
import no.kommune.housingfirst.participant.NoticeRows;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.visitlog.VisitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and shows FIT sessions. Access goes through the participant module's
 * rule (a participant the user may not see is a 404; NAV and the housing service see no
 * participant at all); only the participant's caseworkers write. Every read and change is
 * audited as a FIT record.
 */
@Service
// As in ParticipantService: reads write audit rows, and refusals keep theirs.
@AuditedTransaction
public class FitService {

	private final FitSessionRepository sessions;

	private final FitCorrectionRepository corrections;

	private final FitQueries queries;

	private final ParticipantService participants;

	private final VisitService visits;

	private final StaffDirectory staff;

	private final AuditLog audit;

	private final FitProperties limits;

	private final Clock clock;

	FitService(FitSessionRepository sessions, FitCorrectionRepository corrections, FitQueries queries,
			ParticipantService participants, VisitService visits, StaffDirectory staff, AuditLog audit,
			FitProperties limits, Clock clock) {
		this.sessions = sessions;
		this.corrections = corrections;
		this.queries = queries;
		this.participants = participants;
		this.visits = visits;
		this.staff = staff;
		this.audit = audit;
		this.limits = limits;
		this.clock = clock;
	}

	/** The FIT tab: the series, its graph and the alerts; audited as a read. */
	public FitOverview overview(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.FIT);
		List<FitSession> series = this.sessions.findSeries(participantId);
		Set<Long> corrected = series.isEmpty() ? Set.of()
				: this.corrections.findCorrectedSessionIds(series.stream().map(FitSession::getId).toList());
		List<FitOverview.SessionLine> lines = series.stream().map((session) -> {
			FitDetails d = session.details();
			return new FitOverview.SessionLine(session.getId(), d.date(), d.orsTotal(), d.srsTotal(), d.visitId(),
					corrected.contains(session.getId()),
					d.orsTotal() != null && d.orsTotal().compareTo(this.limits.clinicalCutoff()) <= 0,
					d.srsTotal() != null && d.srsTotal().compareTo(this.limits.alliance()) < 0);
		}).toList();
		FitChart chart = FitChart.of(
				lines.stream().map((l) -> new FitChart.Session(l.date(), l.orsTotal(), l.srsTotal())).toList(),
				this.limits);
		LocalDate today = LocalDate.now(this.clock);
		FitStanding standing = this.queries.standings(List.of(participantId)).get(participantId);
		List<FitAlert> alerts = (standing != null) ? FitAlert.of(standing, today, this.limits) : List.of();
		return new FitOverview(header, lines, chart, alerts, this.limits);
	}

	/**
	 * The participant view's start: only for the participant's caseworkers (a 404 for a
	 * participant not visible, a 403 for one only readable), audited as a read. A visit
	 * named must be this participant's and count; the session takes its date.
	 */
	public FitStart start(CurrentUser user, long participantId, Long visitId) {
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.FIT, null);
		LocalDate date = LocalDate.now(this.clock);
		if (visitId != null) {
			Optional<LocalDate> visitDate = this.visits.dateOfVisit(participantId, visitId);
			if (visitDate.isEmpty()) {
				this.audit.denied(user, participantId, header.teamId(), RecordType.FIT, AuditAction.READ);
				throw new ParticipantNotFoundException();
			}
			date = visitDate.get();
		}
		return new FitStart(participantId, date, visitId);
	}

	/**
	 * Records a session once per submission key: the same key again (a double tap, a
	 * retry, a reload) returns the session already saved instead of making another.
	 */
	public long record(CurrentUser user, long participantId, UUID submissionKey, FitDetails details) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		Optional<FitSession> earlier = this.sessions.findBySubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getParticipantId() == participantId) {
			return earlier.get().getId();
		}
		check(participant, details, true, null);
		// A key already used for someone else cannot be this submission's.
		UUID key = earlier.isPresent() ? UUID.randomUUID() : submissionKey;
		FitSession session = this.sessions.saveAndFlush(new FitSession(participantId, details, key, user.id()));
		this.audit.changed(user, participantId, participant.teamId(), RecordType.FIT, session.getId(),
				AuditAction.CREATE);
		return session.getId();
	}

	/** The session already saved under a submission key, if it is this participant's. */
	@Transactional(readOnly = true)
	public Optional<Long> findBySubmission(long participantId, UUID submissionKey) {
		return this.sessions.findBySubmissionKey(submissionKey)
			.filter((session) -> session.getParticipantId() == participantId)
			.map(FitSession::getId);
	}

	/** Corrects a session; each changed field is kept in the correction history. */
	public void correct(CurrentUser user, long participantId, long sessionId, int version, FitDetails details) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		FitSession session = sessionOf(user, participantId, participant.teamId(), sessionId, AuditAction.UPDATE);
		if (session.getVersion() != version) {
			throw new StaleFitException();
		}
		check(participant, details, false, session.details().visitId());
		List<FitSession.Change> changes = session.correct(details);
		changes.forEach((change) -> this.corrections.save(new FitCorrection(sessionId, user.id(), change)));
		// Flush here, so a save that raced past the version check fails inside this call.
		this.sessions.flush();
		this.audit.changed(user, participantId, participant.teamId(), RecordType.FIT, sessionId, AuditAction.UPDATE);
	}

	/** One session with its items and correction history; audited as a read. */
	public FitSessionView view(CurrentUser user, long participantId, long sessionId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.FIT, sessionId);
		FitSession session = sessionOf(user, participantId, header.teamId(), sessionId, AuditAction.READ);
		List<FitCorrection> lines = this.corrections.findBySessionIdOrderByIdAsc(sessionId);
		Set<Long> people = new HashSet<>();
		people.add(session.getCreatedBy());
		lines.forEach((line) -> people.add(line.getCorrectedBy()));
		Map<Long, String> names = this.staff.namesOf(people);
		return new FitSessionView(header, sessionId, session.getVersion(), session.details(),
				names.get(session.getCreatedBy()), session.getCreatedAt(),
				lines.stream()
					.map((line) -> new FitSessionView.CorrectionLine(line.getCorrectedAt(),
							names.get(line.getCorrectedBy()), line.getField(),
							shown(line.getField(), line.getOldValue()), shown(line.getField(), line.getNewValue())))
					.toList());
	}

	/**
	 * For the section leader's dashboard: per team of the leader's sections, among the
	 * active participants, how many have each FIT alert and how many have had no session
	 * within the days set. Aggregated in SQL; no participant is named, so nothing is read
	 * from a record and nothing is audited. Anyone but a section leader gets nothing.
	 */
	@Transactional(readOnly = true)
	public List<FitTeamCounts> teamCounts(CurrentUser user, LocalDate today) {
		return teamCounts(user, user.sectionTeamIds(), today);
	}

	/**
	 * As {@link #teamCounts(CurrentUser, LocalDate)}, for only those of the teams asked
	 * that are in the leader's sections: a dashboard showing one team counts that one.
	 */
	@Transactional(readOnly = true)
	public List<FitTeamCounts> teamCounts(CurrentUser user, Collection<Long> teamsAsked, LocalDate today) {
		if (!user.hasRole(Role.SECTION_LEADER)) {
			return List.of();
		}
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(user.sectionTeamIds());
		return this.queries.teamCounts(teams, today, this.limits);
	}

	/**
	 * The active participants behind one of {@link #teamCounts}'s counts, in the teams
	 * asked that are the section leader's.
	 */
	public Set<Long> teamMembers(CurrentUser user, Set<Long> teamsAsked, FitMeasure measure, LocalDate today) {
		if (!user.hasRole(Role.SECTION_LEADER)) {
			return Set.of();
		}
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(user.sectionTeamIds());
		return this.queries.teamMembers(teams, today, this.limits, measure);
	}

	/**
	 * Of these participants, those whose latest ORS is reliably below their first and
	 * whose latest session was on or after {@code since}: for another module's early
	 * warning, which names no score. The caller has checked access to the participants.
	 */
	@Transactional(readOnly = true)
	public Set<Long> orsDeteriorated(java.util.Collection<Long> participantIds, LocalDate since) {
		if (participantIds.isEmpty()) {
			return Set.of();
		}
		return orsDeteriorated(this.queries.standings(participantIds), since);
	}

	/**
	 * What {@link #orsDeteriorated(java.util.Collection, NoticeRows, LocalDate)} reads,
	 * for a page that runs it with its notices in one statement (the FIT notices' own
	 * query).
	 */
	public NoticeQuery<?> standingsQuery(java.util.Collection<Long> participantIds) {
		return FitQueries.standingsQuery(participantIds);
	}

	/**
	 * The same as {@link #orsDeteriorated(java.util.Collection, LocalDate)}, from rows
	 * fetched.
	 */
	public Set<Long> orsDeteriorated(java.util.Collection<Long> participantIds, NoticeRows fetched, LocalDate since) {
		return orsDeteriorated(FitQueries.standings(fetched.of(FitQueries.standingsQuery(participantIds))), since);
	}

	private Set<Long> orsDeteriorated(Map<Long, FitStanding> standings, LocalDate since) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> found = new HashSet<>();
		standings.forEach((id, standing) -> {
			if (standing.lastSession() != null && !standing.lastSession().isBefore(since)
					&& FitAlert.of(standing, today, this.limits)
						.stream()
						.anyMatch((alert) -> alert.kind() == FitAlert.Kind.ORS_DETERIORATION)) {
				found.add(id);
			}
		});
		return found;
	}

	public FitProperties limits() {
		return this.limits;
	}

	/** Dates in the correction history as people write them; the rest as stored. */
	private static String shown(String field, String value) {
		return ("date".equals(field) && value != null)
				? LocalDate.parse(value).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) : value;
	}

	private FitSession sessionOf(CurrentUser user, long participantId, long teamId, long sessionId,
			AuditAction action) {
		Optional<FitSession> session = this.sessions.findByIdAndParticipantId(sessionId, participantId);
		if (session.isEmpty()) {
			this.audit.denied(user, participantId, teamId, RecordType.FIT, action);
			throw new ParticipantNotFoundException();
		}
		return session.get();
	}

	/**
	 * The date is within the participant's follow-up and not in the future; a new session
	 * needs a participant still in follow-up; a visit must be theirs and count (one kept
	 * from before may since have been voided: the scores can still be corrected).
	 */
	private void check(ParticipantRef participant, FitDetails details, boolean isNew, Long visitBefore) {
		LocalDate today = LocalDate.now(this.clock);
		FitRuleException.require(details.date() != null, "date", "validation.required");
		FitRuleException.require(!details.date().isAfter(today), "date", "validation.notInFuture");
		FitRuleException.require(!details.date().isBefore(participant.includedOn()), "date",
				"fit.rule.beforeInclusion");
		FitRuleException.require(!isNew || participant.status() != ParticipantStatus.EXITED, null, "fit.rule.exited");
		if (details.visitId() != null && !details.visitId().equals(visitBefore)) {
			FitRuleException.require(this.visits.dateOfVisit(participant.id(), details.visitId()).isPresent(), null,
					"fit.rule.visit");
		}
	}

}
