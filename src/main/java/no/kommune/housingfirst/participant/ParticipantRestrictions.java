package no.kommune.housingfirst.participant;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.StaleFormException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.TeamSummary;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Restriction of processing (GDPR art. 18, ADR 0016). A caseworker of the team (on the
 * participant's request) or the section leader of its section restricts a record with a
 * ground; from then on only that section leader sees it, and only they lift it, with a
 * reason. Each period is kept; the participant's {@code restricted} flag is set and
 * cleared in the same transaction as the period is opened and closed, and each step is an
 * audited change.
 */
@Service
@AuditedTransaction
public class ParticipantRestrictions {

	/** The longest ground or reason, in characters. */
	public static final int MAX_TEXT = ParticipantRestriction.MAX_TEXT;

	/** How a restriction ended. */
	public enum Outcome {

		/** Restricted now. */
		RESTRICTED,

		/** The same submission restricted it before (a double click, a resend). */
		ALREADY_RECORDED

	}

	private final ParticipantRepository participants;

	private final ParticipantRestrictionRepository restrictions;

	private final ParticipantGuard guard;

	private final ParticipantService service;

	private final RestrictionHistory history;

	private final AuditLog audit;

	private final StaffDirectory staff;

	private final Organisation organisation;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ParticipantRestrictions(ParticipantRepository participants, ParticipantRestrictionRepository restrictions,
			ParticipantGuard guard, ParticipantService service, RestrictionHistory history, AuditLog audit,
			StaffDirectory staff, Organisation organisation, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.participants = participants;
		this.restrictions = restrictions;
		this.guard = guard;
		this.service = service;
		this.history = history;
		this.audit = audit;
		this.staff = staff;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The header for the restrict form: 404 if the user may not see the participant
	 * (restricted already, for a caseworker), 403 if they may see but not restrict.
	 */
	public ParticipantHeader restrictForm(CurrentUser user, long id) {
		Participant participant = this.guard.visible(user, id, AuditAction.RESTRICT);
		if (!ParticipantAccess.mayRestrict(user, participant.getTeamId())) {
			this.guard.denyVisible(user, participant, AuditAction.RESTRICT);
		}
		return this.service.header(user, id, RecordType.PARTICIPANT);
	}

	/**
	 * Restricts the record once per submission key. A caseworker who resends after
	 * restricting (and so no longer sees the record) gets the same answer; a record
	 * restricted by someone else already is a broken rule that says so.
	 */
	public Outcome restrict(CurrentUser user, long id, int version, UUID submissionKey, String ground) {
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		// Restricted or not: a caseworker of the team is told that it is restricted
		// already, rather than that it does not exist.
		Optional<Participant> found = teams.isEmpty() ? Optional.empty() : this.participants.findInTeams(id, teams);
		if (found.isEmpty()) {
			this.audit.denied(user, id, this.participants.findTeamIdById(id).orElse(null), RecordType.RESTRICTION,
					AuditAction.RESTRICT);
			throw new ParticipantNotFoundException();
		}
		Participant participant = found.get();
		if (!ParticipantAccess.mayRestrict(user, participant.getTeamId())) {
			this.audit.denied(user, id, participant.getTeamId(), RecordType.RESTRICTION, AuditAction.RESTRICT);
			throw new ParticipantNotFoundException();
		}
		Optional<ParticipantRestriction> earlier = this.restrictions.findBySubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getParticipantId() == id
				&& earlier.get().getRestrictedBy() == user.id()) {
			return Outcome.ALREADY_RECORDED;
		}
		if (earlier.isPresent()) {
			throw new ParticipantRuleException("participant.form.submissionUsed");
		}
		if (participant.isRestricted()) {
			throw new ParticipantRuleException("participant.restriction.alreadyRestricted");
		}
		if (participant.getVersion() != version) {
			throw new StaleFormException("participant.rule.changedMeanwhile");
		}
		String why = requireText("ground", ground);
		participant.restrict();
		ParticipantRestriction period = this.restrictions
			.save(new ParticipantRestriction(id, this.clock.instant(), user.id(), why, submissionKey));
		// Flush here, so a restriction that raced past the checks fails inside this call.
		this.participants.flush();
		this.audit.changed(user, id, participant.getTeamId(), RecordType.RESTRICTION, period.getId(),
				AuditAction.RESTRICT);
		return Outcome.RESTRICTED;
	}

	/**
	 * Whether a restriction was saved under this key for this participant by this user:
	 * for a resend that raced the first send.
	 */
	public boolean restrictedBy(CurrentUser user, long id, UUID submissionKey) {
		return this.restrictions.findBySubmissionKey(submissionKey)
			.filter((r) -> r.getParticipantId() == id && r.getRestrictedBy() == user.id())
			.isPresent();
	}

	/** Whether any record was ever restricted: for the demo data, made once. */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public boolean anyPeriods() {
		return this.restrictions.count() > 0;
	}

	/**
	 * Whether the record is restricted now, for someone who may restrict it: for a send
	 * that lost the race to another form. False for anyone else.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public boolean restrictedNow(CurrentUser user, long id) {
		Set<Long> teams = ParticipantAccess.visibleTeams(user);
		return !teams.isEmpty() && this.participants.findInTeams(id, teams)
			.filter((p) -> ParticipantAccess.mayRestrict(user, p.getTeamId()))
			.filter(Participant::isRestricted)
			.isPresent();
	}

	/**
	 * Whether the user leads the participant's section, and so still sees it once
	 * restricted: where a form sends the user after restricting. Says nothing else.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public boolean leadsSectionOf(CurrentUser user, long id) {
		return this.participants.findTeamIdById(id)
			.map((team) -> ParticipantAccess.mayLiftRestriction(user, team))
			.orElse(false);
	}

	/**
	 * The header and the open period for the lifting form: the section leader of the
	 * participant's section only (404 for whoever may not see it, 403 otherwise).
	 */
	public LiftPage liftForm(CurrentUser user, long id) {
		Participant participant = liftable(user, id);
		ParticipantHeader header = this.service.header(user, id, RecordType.RESTRICTION);
		return new LiftPage(header, current(participant).orElse(null));
	}

	/** The lifting form's page: the header and the period that goes on (null: none). */
	public record LiftPage(ParticipantHeader header, RestrictionPeriod current) {
	}

	/** Lifts the restriction once per submission key, with the reason. */
	public void lift(CurrentUser user, long id, int version, UUID submissionKey, String reason) {
		Participant participant = liftable(user, id);
		Optional<ParticipantRestriction> earlier = this.restrictions.findByLiftSubmissionKey(submissionKey);
		if (earlier.isPresent() && earlier.get().getParticipantId() == id && user.id() == earlier.get().getLiftedBy()) {
			return;
		}
		if (earlier.isPresent()) {
			throw new ParticipantRuleException("participant.form.submissionUsed");
		}
		if (!participant.isRestricted()) {
			throw new ParticipantRuleException("participant.restriction.notRestricted");
		}
		if (participant.getVersion() != version) {
			throw new StaleFormException("participant.rule.changedMeanwhile");
		}
		String why = requireText("reason", reason);
		ParticipantRestriction open = this.restrictions.findByParticipantIdAndLiftedAtIsNull(id)
			.orElseThrow(() -> new ParticipantRuleException("participant.restriction.notRestricted"));
		participant.liftRestriction();
		open.lift(this.clock.instant(), user.id(), why, submissionKey);
		this.participants.flush();
		this.audit.changed(user, id, participant.getTeamId(), RecordType.RESTRICTION, open.getId(),
				AuditAction.LIFT_RESTRICTION);
	}

	/**
	 * The restricted participants in the sections the user leads, longest restricted
	 * first; audited as a list shown. Nothing for anyone but a section leader.
	 */
	public RestrictedParticipants restrictedInSections(CurrentUser user) {
		Set<Long> teams = ParticipantAccess.restrictedVisibleTeams(user);
		if (teams.isEmpty()) {
			return new RestrictedParticipants(List.of());
		}
		record Found(long id, String fullName, java.time.LocalDate birthDate, long teamId, java.time.Instant at,
				long by, String ground) {
		}
		List<Found> found = this.jdbc.query("""
				SELECT p.id, p.full_name, p.birth_date, p.team_id, r.restricted_at, r.restricted_by, r.ground
				FROM participant p JOIN participant_restriction r ON r.participant_id = p.id AND r.lifted_at IS NULL
				WHERE p.restricted AND p.team_id IN (:teams)
				ORDER BY r.restricted_at, p.id""", new MapSqlParameterSource("teams", teams),
				(rs, n) -> new Found(rs.getLong("id"), rs.getString("full_name"),
						rs.getObject("birth_date", java.time.LocalDate.class), rs.getLong("team_id"),
						rs.getTimestamp("restricted_at").toInstant(), rs.getLong("restricted_by"),
						rs.getString("ground")));
		this.audit.searched(user, RecordType.PARTICIPANT_LIST);
		Map<Long, String> names = this.staff.namesOf(found.stream().map(Found::by).collect(Collectors.toSet()));
		Map<Long, String> teamNames = this.organisation.teams()
			.stream()
			.collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
		return new RestrictedParticipants(found.stream()
			.map((f) -> new RestrictedParticipants.Row(f.id(), f.fullName(), f.birthDate(), teamNames.get(f.teamId()),
					local(f.at()), names.get(f.by()), f.ground()))
			.toList());
	}

	private Optional<RestrictionPeriod> current(Participant participant) {
		return participant.isRestricted()
				? this.history.periods(participant.getId()).stream().filter(RestrictionPeriod::open).findFirst()
				: Optional.empty();
	}

	private Participant liftable(CurrentUser user, long id) {
		Participant participant = this.guard.visible(user, id, AuditAction.LIFT_RESTRICTION);
		if (!ParticipantAccess.mayLiftRestriction(user, participant.getTeamId())) {
			this.guard.denyVisible(user, participant, AuditAction.LIFT_RESTRICTION);
		}
		return participant;
	}

	/**
	 * The ground or reason as the form checks it, checked again here: required, at most
	 * {@value #MAX_TEXT} characters, no control characters but line breaks and tabs.
	 */
	private static String requireText(String field, String text) {
		String value = (text == null) ? "" : text.strip();
		if (value.isEmpty()) {
			throw new ParticipantRuleException(field, "validation.required");
		}
		if (!value.equals(no.kommune.housingfirst.shared.web.FormInput.withoutControlCharacters(value))) {
			throw new ParticipantRuleException(field, "validation.controlCharacters");
		}
		if (value.codePointCount(0, value.length()) > MAX_TEXT) {
			throw new ParticipantRuleException(field, "participant.restriction.tooLong");
		}
		return value;
	}

	private LocalDateTime local(java.time.Instant at) {
		return LocalDateTime.ofInstant(at, this.clock.getZone());
	}

}
