package no.kommune.housingfirst.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.AuditTrail;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes one participant at a time. Every method takes the current user, finds
 * the participant through {@link ParticipantAccess} (a participant the user may not see
 * is a 404, and the attempt is audited) and writes its audit row in the same transaction
 * as the read or change.
 */
@Service
// Read-write even for reads: every read writes its audit row in the same transaction. A
// refused attempt does not roll back, so its audit row is kept; access is always checked
// before anything is changed, so nothing else can be half-done when it is refused.
@AuditedTransaction
public class ParticipantService {

	private final ParticipantRepository participants;

	private final CurrentHomes homes;

	private final ParticipantChangeRepository changes;

	private final ParticipantGuard guard;

	private final AuditLog audit;

	private final AuditTrail auditTrail;

	private final StaffDirectory staff;

	private final Organisation organisation;

	private final RestrictionHistory restrictions;

	private final Clock clock;

	ParticipantService(ParticipantRepository participants, ParticipantGuard guard, AuditLog audit,
			AuditTrail auditTrail, StaffDirectory staff, Organisation organisation, CurrentHomes homes,
			ParticipantChangeRepository changes, RestrictionHistory restrictions, Clock clock) {
		this.restrictions = restrictions;
		this.homes = homes;
		this.changes = changes;
		this.participants = participants;
		this.guard = guard;
		this.audit = audit;
		this.auditTrail = auditTrail;
		this.staff = staff;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * Includes a participant once per submission key: the same key again (a double click,
	 * a retry) returns the participant already included.
	 */
	public long include(CurrentUser user, Inclusion inclusion) {
		if (!ParticipantAccess.mayWriteCaseContent(user, inclusion.teamId())) {
			this.audit.denied(user, null, inclusion.teamId(), RecordType.PARTICIPANT, AuditAction.CREATE);
			throw new ParticipantNotFoundException();
		}
		Optional<Long> earlier = findBySubmission(user, inclusion.submissionKey());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		this.guard.requireCaseworkers(inclusion.teamId(), inclusion.primaryCaseworkerId(),
				inclusion.secondaryCaseworkerId());
		Participant participant = new Participant(inclusion.details(), inclusion.teamId(),
				inclusion.primaryCaseworkerId(), inclusion.secondaryCaseworkerId(), inclusion.includedOn(), user.id(),
				inclusion.submissionKey());
		this.participants.save(participant);
		this.audit.changed(user, participant.getId(), participant.getTeamId(), RecordType.PARTICIPANT,
				participant.getId(), AuditAction.CREATE);
		return participant.getId();
	}

	/**
	 * The participant already included under a submission key, if the user may see it.
	 */
	public Optional<Long> findBySubmission(CurrentUser user, java.util.UUID submissionKey) {
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		return teams.isEmpty() ? Optional.empty() : this.participants.findIdBySubmissionKey(submissionKey, teams,
				ParticipantAccess.restrictedVisibleTeamsOrNone(user));
	}

	/** The participant page: audited as a read of the participant record. */
	public ParticipantView view(CurrentUser user, long id) {
		Participant participant = this.guard.visibleWithHistory(user, id, AuditAction.READ);
		this.audit.read(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id);
		Map<Long, String> names = this.staff.namesOf(staffIds(participant));
		List<ParticipantView.StatusLine> history = participant.getStatusChanges()
			.stream()
			.map((c) -> new ParticipantView.StatusLine(c.getEffectiveOn(), c.getFromStatus(), c.getToStatus(),
					c.getReason(), names.get(c.getChangedBy())))
			.toList();
		Long daysToHousing = participant.getStatusChanges()
			.stream()
			.filter((c) -> c.getToStatus() == ParticipantStatus.HOUSED)
			.map(StatusChange::getEffectiveOn)
			.min(java.util.Comparator.naturalOrder())
			.map((moveIn) -> ChronoUnit.DAYS.between(participant.getIncludedOn(), moveIn))
			.orElse(null);
		CurrentHomes.Home home = (participant.getStatus() == ParticipantStatus.HOUSED) ? this.homes.of(id).orElse(null)
				: null;
		List<ParticipantChange> recorded = participant.getChanges();
		List<ParticipantView.ChangeLine> changeLines = recorded.stream()
			.map((c) -> new ParticipantView.ChangeLine(
					java.time.LocalDateTime.ofInstant(c.getChangedAt(), this.clock.getZone()),
					names.get(c.getChangedBy()), c.getField(), c.getOldValue(), c.getNewValue(), c.getReason()))
			.toList();
		// The periods of restriction are the section leader's to see (and to lift).
		List<RestrictionPeriod> restricted = ParticipantAccess.mayLiftRestriction(user, participant.getTeamId())
				? this.restrictions.periods(id) : List.of();
		return new ParticipantView(header(participant, names), participant.details(), participant.getExitedOn(),
				participant.getExitReason(), participant.getVersion(), history, daysToHousing, home, changeLines,
				restricted);
	}

	/**
	 * The header for a sub-page of another module, audited as a read of that module's
	 * record type. A participant the user may not see is a 404.
	 */
	public ParticipantHeader header(CurrentUser user, long id, RecordType type) {
		return header(user, id, type, null);
	}

	/**
	 * As {@link #header(CurrentUser, long, RecordType)}, naming the record that is read.
	 */
	public ParticipantHeader header(CurrentUser user, long id, RecordType type, Long recordId) {
		Participant participant = this.guard.visible(user, id, AuditAction.READ);
		this.audit.read(user, id, participant.getTeamId(), type, recordId);
		return header(participant, this.staff.namesOf(caseworkerIds(participant)));
	}

	/**
	 * The header of a page that changes the record (a form of another module): 404 if the
	 * participant is not visible, 403 if the user may not write it; the read is audited.
	 */
	public ParticipantHeader writableHeader(CurrentUser user, long id, RecordType type, Long recordId) {
		Participant participant = this.guard.writable(user, id, AuditAction.READ);
		this.audit.read(user, id, participant.getTeamId(), type, recordId);
		return header(participant, this.staff.namesOf(caseworkerIds(participant)));
	}

	/**
	 * The participant's access extract. Producing it is logged first, so the extract
	 * shows its own making too.
	 */
	public AccessExtract accessExtract(CurrentUser user, long id, LocalDate from, LocalDate to, int page) {
		Participant participant = this.guard.visible(user, id, AuditAction.EXPORT);
		this.audit.changed(user, id, participant.getTeamId(), RecordType.ACCESS_LOG, null, AuditAction.EXPORT);
		// Without a period asked for: the last twelve months, never the whole history.
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.minusYears(1);
		return new AccessExtract(header(participant, this.staff.namesOf(caseworkerIds(participant))),
				this.auditTrail.forParticipant(id, first, last, page), first, last,
				java.time.ZonedDateTime.now(this.clock), this.restrictions.periods(id));
	}

	/**
	 * The participant's case content for the edit form; only for those who may write it.
	 */
	public ParticipantView forEdit(CurrentUser user, long id) {
		Participant participant = this.guard.writable(user, id, AuditAction.UPDATE);
		this.audit.read(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id);
		return new ParticipantView(header(participant, this.staff.namesOf(caseworkerIds(participant))),
				participant.details(), participant.getExitedOn(), participant.getExitReason(), participant.getVersion(),
				List.of(), null, null, List.of(), List.of());
	}

	public void update(CurrentUser user, long id, int version, ParticipantDetails details) {
		Participant participant = this.guard.writable(user, id, AuditAction.UPDATE);
		if (participant.getVersion() != version) {
			throw new StaleParticipantException(participant.details(), participant.getVersion());
		}
		List<Participant.Change> changes = participant.update(details);
		Instant now = this.clock.instant();
		changes.forEach((change) -> this.changes.save(new ParticipantChange(id, now, user.id(), change, null)));
		// Flush here, so a save that raced past the version check fails inside this call.
		this.participants.flush();
		this.audit.changed(user, id, participant.getTeamId(), RecordType.PARTICIPANT, id, AuditAction.UPDATE);
	}

	/**
	 * Participants the user can see with the same name and birth date: probably the same
	 * person.
	 */
	@Transactional(readOnly = true)
	public List<ParticipantRef> possibleDuplicates(CurrentUser user, String fullName, LocalDate birthDate) {
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		if (teams.isEmpty() || fullName == null || birthDate == null) {
			return List.of();
		}
		return this.participants
			.findSamePerson(teams, Participant.searchable(fullName), birthDate,
					ParticipantAccess.restrictedVisibleTeamsOrNone(user))
			.stream()
			.map(ParticipantService::ref)
			.toList();
	}

	/**
	 * For another module's change of case content: the participant, if the user may write
	 * it (a 404 if they may not see it, a 403 if they may only read it; both audited).
	 */
	public ParticipantRef requireWritable(CurrentUser user, long id, AuditAction action) {
		return ref(this.guard.writable(user, id, action));
	}

	/**
	 * For the housing module: any participant, for a housing officer (who works for the
	 * whole municipality, not a team). The housing module decides from the consent and
	 * the offers whether the officer may see the case, and audits it; nothing here shows
	 * case content.
	 */
	public ParticipantRef forHousingService(CurrentUser user, long id) {
		return ref(this.guard.forHousingService(user, id, AuditAction.READ));
	}

	/**
	 * For another module: the participant, if the user may see it (else a 404, audited).
	 */
	public ParticipantRef requireVisible(CurrentUser user, long id, AuditAction action) {
		Participant participant = this.guard.visible(user, id, action);
		return ref(participant);
	}

	ParticipantHeader header(Participant participant, Map<Long, String> names) {
		LocalDate today = LocalDate.now(this.clock);
		String teamName = this.organisation.teamName(participant.getTeamId());
		return new ParticipantHeader(participant.getId(), participant.getFullName(), participant.getBirthDate(),
				Period.between(participant.getBirthDate(), today).getYears(), participant.getStatus(),
				participant.getIncludedOn(), ChronoUnit.DAYS.between(participant.getIncludedOn(), today),
				participant.getTeamId(), teamName, participant.getPrimaryCaseworkerId(),
				names.get(participant.getPrimaryCaseworkerId()), participant.getSecondaryCaseworkerId(),
				(participant.getSecondaryCaseworkerId() != null) ? names.get(participant.getSecondaryCaseworkerId())
						: null,
				participant.getExitedOn(), participant.getVersion(), participant.details().consentNav(),
				participant.details().consentHousing(), participant.isRestricted(), participant.isErased());
	}

	/** The caseworkers the header names; no history needed. */
	private static Set<Long> caseworkerIds(Participant participant) {
		Set<Long> ids = new HashSet<>();
		ids.add(participant.getPrimaryCaseworkerId());
		if (participant.getSecondaryCaseworkerId() != null) {
			ids.add(participant.getSecondaryCaseworkerId());
		}
		return ids;
	}

	private static Set<Long> staffIds(Participant participant) {
		Set<Long> ids = new HashSet<>();
		ids.add(participant.getPrimaryCaseworkerId());
		if (participant.getSecondaryCaseworkerId() != null) {
			ids.add(participant.getSecondaryCaseworkerId());
		}
		participant.getStatusChanges().forEach((change) -> ids.add(change.getChangedBy()));
		participant.getChanges().forEach((change) -> ids.add(change.getChangedBy()));
		return ids;
	}

	private static ParticipantRef ref(Participant p) {
		return new ParticipantRef(p.getId(), p.getFullName(), p.getBirthDate(), p.getStatus(), p.getTeamId(),
				p.getIncludedOn(), p.details().consentNav(), p.details().consentHousing());
	}

}
