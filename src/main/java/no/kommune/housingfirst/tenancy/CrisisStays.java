package no.kommune.housingfirst.tenancy;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.participant.NoticeQuery;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.participant.ParticipantNotFoundException;
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.StaleFormException;
import no.kommune.housingfirst.shared.security.CurrentUser;

import no.kommune.housingfirst.shared.db.RecordRows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Stays in a crisis place or other temporary housing: recorded and corrected by the
 * participant's caseworkers, read by their section leader, with the days of each stay and
 * all together. Two stays of one participant never overlap (checked under a lock per
 * participant), so days add up. Every read and change is audited as a crisis-stay record;
 * a form carries the version it was opened with, and a submission key saves a double tap
 * once.
 */
@Service
@AuditedTransaction
public class CrisisStays {

	/** First key of the per-participant advisory lock (the second is the participant). */
	static final int LOCK_SPACE = 31_029;

	private static final String STAY = """
			SELECT id, participant_id, kind, from_on, to_on, place, reason, version FROM crisis_stay
			""";

	/**
	 * Participants asked for by the figures: the teams visible, maybe one caseworker's; a
	 * restricted participant for its section leader only.
	 */
	private static String mine(Long caseworkerId) {
		return " p.team_id IN (:teams)" + ParticipantAccess.caseworkerIs("p.primary_caseworker_id", caseworkerId)
				+ "AND " + ParticipantAccess.unrestricted("p") + " ";
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ParticipantService participants;

	private final AuditLog audit;

	private final Clock clock;

	CrisisStays(NamedParameterJdbcTemplate jdbc, ParticipantService participants, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.audit = audit;
		this.clock = clock;
	}

	/** The participant's stays, newest first, with their days; an audited read. */
	public StaysPage page(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.CRISIS_STAY);
		LocalDate today = today();
		List<Stay> stays = stays(participantId, today);
		boolean mayWrite = ParticipantAccess.mayWriteCaseContent(user, header.teamId());
		return new StaysPage(header, mayWrite, stays, StayDays.total(stays, today));
	}

	/** The header of the new-stay form: only for the participant's caseworkers. */
	public ParticipantHeader newStay(CurrentUser user, long participantId) {
		return this.participants.writableHeader(user, participantId, RecordType.CRISIS_STAY, null);
	}

	/** One stay to correct: only for the participant's caseworkers; an audited read. */
	public StayPage stay(CurrentUser user, long participantId, long stayId) {
		ParticipantHeader header = this.participants.writableHeader(user, participantId, RecordType.CRISIS_STAY,
				stayId);
		Stay stay = find(participantId, stayId, today()).orElseGet(() -> {
			this.audit.denied(user, participantId, header.teamId(), RecordType.CRISIS_STAY, AuditAction.READ);
			throw new ParticipantNotFoundException();
		});
		return new StayPage(header, stay);
	}

	/** Records a stay, once per submission key. */
	public long record(CurrentUser user, long participantId, UUID submissionKey, StayDetails details) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		lock(participantId);
		Optional<Long> earlier = bySubmission(participantId, submissionKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		check(participantId, null, details);
		List<Long> ids = this.jdbc.queryForList("""
				INSERT INTO crisis_stay (participant_id, kind, from_on, to_on, place, reason, submission_key,
				                         created_by, created_at)
				VALUES (:p, :kind, :from, :to, :place, :reason, :key, :by, :at)
				ON CONFLICT (submission_key) DO NOTHING
				RETURNING id""",
				params(participantId, details).addValue("key", submissionKey)
					.addValue("by", user.id())
					.addValue("at", Timestamp.from(this.clock.instant())),
				Long.class);
		if (ids.isEmpty()) {
			return bySubmission(participantId, submissionKey)
				.orElseThrow(() -> new BrokenRuleException("crisis.rule.resubmit"));
		}
		long id = ids.get(0);
		this.audit.changed(user, participantId, participant.teamId(), RecordType.CRISIS_STAY, id, AuditAction.CREATE);
		return id;
	}

	/**
	 * Corrects a stay (ends it, moves its dates, says where or why); a version other than
	 * the stored one changes nothing (someone else saved meanwhile).
	 */
	public void update(CurrentUser user, long participantId, long stayId, int version, StayDetails details) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.UPDATE);
		lock(participantId);
		Stay before = find(participantId, stayId, today()).orElseGet(() -> {
			this.audit.denied(user, participantId, participant.teamId(), RecordType.CRISIS_STAY, AuditAction.UPDATE);
			throw new ParticipantNotFoundException();
		});
		if (before.version() != version) {
			throw new StaleFormException("crisis.stale");
		}
		check(participantId, stayId, details);
		int updated = this.jdbc.update("""
				UPDATE crisis_stay
				SET kind = :kind, from_on = :from, to_on = :to, place = :place, reason = :reason,
				    updated_by = :by, updated_at = :at, version = version + 1
				WHERE id = :id AND participant_id = :p AND version = :version""",
				params(participantId, details).addValue("id", stayId)
					.addValue("version", version)
					.addValue("by", user.id())
					.addValue("at", Timestamp.from(this.clock.instant())));
		if (updated == 0) {
			throw new StaleFormException("crisis.stale");
		}
		this.audit.changed(user, participantId, participant.teamId(), RecordType.CRISIS_STAY, stayId,
				AuditAction.UPDATE);
	}

	/**
	 * Days in temporary housing on the way into a home, for the participants of the teams
	 * asked (that the user may see; optionally one primary caseworker's) whose first
	 * move-in falls in {@code from}–{@code to}: only days between inclusion and moving in
	 * count. One statement.
	 */
	public TemporaryHousing temporaryHousing(CurrentUser user, Set<Long> teamsAsked, Long caseworkerId, LocalDate from,
			LocalDate to) {
		Set<Long> teams = new HashSet<>(teamsAsked);
		teams.retainAll(ParticipantAccess.visibleTeams(user));
		if (teams.isEmpty()) {
			return new TemporaryHousing(0, 0, 0, null);
		}
		MapSqlParameterSource params = ParticipantAccess.restrictionParams(
				new MapSqlParameterSource("teams", teams).addValue("caseworker", caseworkerId, Types.BIGINT)
					.addValue("from", Date.valueOf(from))
					.addValue("to", Date.valueOf(to))
					.addValue("today", Date.valueOf(today())),
				user);
		return this.jdbc.queryForObject("""
				WITH first AS (
				  SELECT p.id, p.included_on, h.moved_in
				  FROM housing_first_home h JOIN participant p ON p.id = h.participant_id
				  WHERE h.moved_in BETWEEN :from AND :to AND""" + mine(caseworkerId) + """
				),
				housed AS (
				  SELECT f.id, coalesce(sum(GREATEST(0,
				           LEAST(coalesce(s.to_on, CAST(:today AS DATE)), f.moved_in)
				           - GREATEST(s.from_on, f.included_on))), 0) AS days
				  FROM first f LEFT JOIN crisis_stay s ON s.participant_id = f.id
				  WHERE f.moved_in BETWEEN :from AND :to
				  GROUP BY f.id)
				SELECT count(*) AS housed, count(*) FILTER (WHERE days > 0) AS with_stays,
				       coalesce(sum(days), 0) AS days,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE days > 0) AS median
				FROM housed""", params, (rs, n) -> new TemporaryHousing(rs.getInt("housed"), rs.getInt("with_stays"),
				rs.getLong("days"), (Double) rs.getObject("median")));
	}

	/** Whether any stay is recorded at all (the demo data adds its own only once). */
	public boolean anyStays() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM crisis_stay)",
				new MapSqlParameterSource(), Boolean.class));
	}

	/**
	 * The stays of several participants, oldest first, as a query the pages run with
	 * their other notices in one statement ({@link StayRow#stay} gives each its days).
	 */
	static NoticeQuery<StayRow> staysQuery(java.util.Collection<Long> participantIds) {
		return new NoticeQuery<>(STAY + " WHERE participant_id IN (:ids) ORDER BY from_on, id",
				java.util.Map.of("ids", participantIds), StayRow.class);
	}

	private void check(long participantId, Long stayId, StayDetails d) {
		LocalDate today = today();
		if (d.fromOn().isAfter(today)) {
			throw new BrokenRuleException("fromOn", "validation.notInFuture");
		}
		if (d.toOn() != null && !d.toOn().isAfter(d.fromOn())) {
			throw new BrokenRuleException("toOn", "crisis.rule.toAfterFrom");
		}
		if (d.toOn() != null && d.toOn().isAfter(today)) {
			throw new BrokenRuleException("toOn", "validation.notInFuture");
		}
		List<Stay> overlapping = new ArrayList<>();
		for (Stay other : stays(participantId, today)) {
			if (stayId != null && other.id() == stayId) {
				continue;
			}
			LocalDate otherEnd = (other.toOn() != null) ? other.toOn() : LocalDate.MAX;
			LocalDate end = (d.toOn() != null) ? d.toOn() : LocalDate.MAX;
			if (d.fromOn().isBefore(otherEnd) && other.fromOn().isBefore(end)) {
				overlapping.add(other);
			}
		}
		if (!overlapping.isEmpty()) {
			throw new BrokenRuleException("fromOn", "crisis.rule.overlap", overlapping.get(0).place());
		}
	}

	private void lock(long participantId) {
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(:space, :key)",
				new MapSqlParameterSource("space", LOCK_SPACE).addValue("key", Long.hashCode(participantId)));
	}

	private List<Stay> stays(long participantId, LocalDate today) {
		return this.jdbc.query(STAY + " WHERE participant_id = :p ORDER BY from_on DESC, id DESC",
				new MapSqlParameterSource("p", participantId), mapper(today));
	}

	private Optional<Stay> find(long participantId, long stayId, LocalDate today) {
		return this.jdbc
			.query(STAY + " WHERE id = :id AND participant_id = :p",
					new MapSqlParameterSource("id", stayId).addValue("p", participantId), mapper(today))
			.stream()
			.findFirst();
	}

	private Optional<Long> bySubmission(long participantId, UUID key) {
		return this.jdbc
			.queryForList("SELECT id FROM crisis_stay WHERE submission_key = :k AND participant_id = :p",
					new MapSqlParameterSource("k", key).addValue("p", participantId), Long.class)
			.stream()
			.findFirst();
	}

	private static MapSqlParameterSource params(long participantId, StayDetails d) {
		return new MapSqlParameterSource("p", participantId).addValue("kind", d.kind().name())
			.addValue("from", d.fromOn())
			.addValue("to", d.toOn())
			.addValue("place", d.place())
			.addValue("reason", d.reason());
	}

	private static RowMapper<Stay> mapper(LocalDate today) {
		RowMapper<StayRow> rows = RecordRows.of(StayRow.class);
		return (rs, n) -> rows.mapRow(rs, n).stay(today);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** What a stay says, as the form gives it. */
	public record StayDetails(StayKind kind, LocalDate fromOn, LocalDate toOn, String place, String reason) {
	}

	/** One stay as stored ({@link #STAY}). */
	record StayRow(long id, long participantId, StayKind kind, LocalDate fromOn, LocalDate toOn, String place,
			String reason, int version) {

		/** With its days, to today when it goes on. */
		Stay stay(LocalDate today) {
			return new Stay(this.id, this.participantId, this.kind, this.fromOn, this.toOn, this.place, this.reason,
					this.version, StayDays.of(this.fromOn, this.toOn, today),
					StayDays.current(this.fromOn, this.toOn, today));
		}

	}

	/** One stay with its days (to today when it goes on). */
	public record Stay(long id, long participantId, StayKind kind, LocalDate fromOn, LocalDate toOn, String place,
			String reason, int version, long days, boolean current) implements StayDays.Stay {
	}

	/** The participant's stays page. */
	public record StaysPage(ParticipantHeader header, boolean mayWrite, List<Stay> stays, long totalDays) {
	}

	/** One stay to correct. */
	public record StayPage(ParticipantHeader header, Stay stay) {
	}

	/**
	 * Days in temporary housing before moving in: of those housed in the period, how many
	 * had such days, the days together and the median of those who had any.
	 */
	public record TemporaryHousing(int housed, int withStays, long days, Double medianDays) {
	}

}
