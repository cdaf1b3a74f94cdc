package no.kommune.housingfirst.participant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kommune.housingfirst.audit.AuditAction;
import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.TeamSummary;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing participants' personal data (docs/adr/0015): by the retention job, a batch at a
 * time, for those who exited longer ago than the retention period; on request, by the
 * leader of the participant's section, with the ground recorded. Every module holding
 * personal data takes part through {@link PersonalDataErasure}; what stays is what the
 * measures count. Each erasure is recorded once ({@code participant_erasure}) and leaves
 * an audit row that says it happened, not what was erased.
 */
@Service
public class ParticipantErasures {

	/** The advisory lock two instances of the retention job share (issue 17). */
	static final int LOCK_SPACE = 1702;

	/** Longest ground of an erasure on request, in characters. */
	public static final int GROUND_MAX = 1000;

	/** Shortest ground: a word or two is not a ground. */
	public static final int GROUND_MIN = 10;

	/** At most this many participants are listed by a dry run. */
	static final int PREVIEW_LIMIT = 1000;

	private static final String CANDIDATES = """
			SELECT p.id, p.full_name, p.team_id, p.exited_on FROM participant p
			WHERE p.status = 'EXITED' AND p.exited_on < :before AND NOT p.restricted %s
			  AND NOT EXISTS (SELECT 1 FROM participant_erasure e WHERE e.participant_id = p.id)
			ORDER BY p.exited_on, p.id LIMIT :limit""";

	private final NamedParameterJdbcTemplate jdbc;

	private final List<PersonalDataErasure> modules;

	private final AuditLog audit;

	private final Organisation organisation;

	private final RetentionProperties properties;

	private final Clock clock;

	ParticipantErasures(NamedParameterJdbcTemplate jdbc, List<PersonalDataErasure> modules, AuditLog audit,
			Organisation organisation, RetentionProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.modules = modules;
		this.audit = audit;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	/** The dry run over every team, for the job's log: names no one. */
	@Transactional(readOnly = true)
	public RetentionPreview preview(LocalDate today) {
		return preview(today, null);
	}

	/**
	 * The dry run a section leader sees: the participants of their section the job would
	 * erase today, and what; audited as a list that showed participants.
	 */
	@AuditedTransaction
	public RetentionPreview preview(CurrentUser user) {
		Set<Long> teams = ParticipantAccess.reassignableTeams(user);
		this.audit.searched(user, RecordType.PARTICIPANT_LIST);
		return preview(LocalDate.now(this.clock), teams);
	}

	private RetentionPreview preview(LocalDate today, Set<Long> teams) {
		LocalDate before = exitedBefore(today);
		List<ErasureCandidate> candidates = (teams != null && teams.isEmpty()) ? List.of()
				: candidates(before, teams, Set.of(), PREVIEW_LIMIT);
		List<Long> ids = candidates.stream().map(ErasureCandidate::id).toList();
		return new RetentionPreview(today, this.properties.afterExit(), before, candidates, wouldErase(ids));
	}

	/**
	 * Erases the next batch of participants past the retention period, in this
	 * transaction, unless another instance holds the job's lock. A restricted participant
	 * is kept (GDPR art. 18(1)(b) and (c): a restriction may be asked for instead of an
	 * erasure, or to keep the data for a legal claim) until the section leader lifts the
	 * restriction. The participants are locked as their erasure is recorded, and checked
	 * again once a concurrent change (a reopening) has committed: an active participant
	 * is never erased.
	 */
	@Transactional
	public Batch eraseBatch(LocalDate today, Set<Long> skipped, int size) {
		Boolean locked = this.jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(:space, 0)",
				new MapSqlParameterSource("space", LOCK_SPACE), Boolean.class);
		if (!Boolean.TRUE.equals(locked)) {
			return new Batch(false, List.of(), Map.of());
		}
		List<ErasureCandidate> candidates = candidates(exitedBefore(today), null, skipped, size);
		if (candidates.isEmpty()) {
			return new Batch(true, List.of(), Map.of());
		}
		Map<Long, Long> teams = candidates.stream()
			.collect(Collectors.toMap(ErasureCandidate::id, ErasureCandidate::teamId));
		List<Long> recorded = this.jdbc.queryForList(
				"""
						INSERT INTO participant_erasure (participant_id, erased_at, kind)
						SELECT id, :now, 'RETENTION' FROM participant WHERE id IN (:ids) AND status = 'EXITED' AND NOT restricted
						FOR UPDATE
						ON CONFLICT (participant_id) DO NOTHING
						RETURNING participant_id""",
				new MapSqlParameterSource("ids", teams.keySet()).addValue("now", now()), Long.class);
		Map<String, Integer> counts = wouldErase(recorded);
		this.modules.forEach((module) -> module.erase(recorded));
		this.audit.erasedByRetention(
				recorded.stream().sorted().map((id) -> new AuditLog.Read(id, teams.get(id), null)).toList());
		return new Batch(true, recorded.stream().sorted().toList(), counts);
	}

	/**
	 * One batch of the job.
	 *
	 * @param ran false when another instance held the lock (then nothing was done)
	 * @param erased the participants erased
	 * @param counts per kind of data, how many records were emptied
	 */
	public record Batch(boolean ran, List<Long> erased, Map<String, Integer> counts) {
	}

	/**
	 * The erasure-on-request page: 404 outside the leader's sections; the read is
	 * audited.
	 */
	@AuditedTransaction
	public ErasureRequestView requestPage(CurrentUser user, long id) {
		Found found = find(user, id, AuditAction.READ);
		this.audit.read(user, id, found.teamId(), RecordType.PARTICIPANT, null);
		LocalDate dueOn = (found.exitedOn() != null) ? found.exitedOn().plus(this.properties.afterExit()).plusDays(1)
				: null;
		return new ErasureRequestView(id, found.fullName(), this.organisation.teamName(found.teamId()), found.status(),
				found.exitedOn(),
				(found.erasedAt() != null) ? LocalDate.ofInstant(found.erasedAt(), this.clock.getZone()) : null, dueOn,
				found.erasedAt() != null ? Map.of() : wouldErase(List.of(id)));
	}

	/**
	 * Erases one participant now, on request, by the leader of their section: only after
	 * exit. Returns false, changing nothing, when they were already erased.
	 */
	@AuditedTransaction
	public boolean eraseOnRequest(CurrentUser user, long id, String ground) {
		Found found = find(user, id, AuditAction.ERASE);
		if (found.status() != ParticipantStatus.EXITED) {
			throw new ParticipantRuleException("ground", "erasure.rule.active");
		}
		String text = (ground != null) ? ground.strip() : "";
		int length = text.codePointCount(0, text.length());
		if (length < GROUND_MIN || length > GROUND_MAX) {
			throw new ParticipantRuleException("ground", "erasure.ground.length");
		}
		int recorded = this.jdbc.update("""
				INSERT INTO participant_erasure (participant_id, erased_at, kind, erased_by, ground)
				VALUES (:id, :now, 'REQUEST', :by, :ground)
				ON CONFLICT (participant_id) DO NOTHING""",
				new MapSqlParameterSource("id", id).addValue("now", now())
					.addValue("by", user.id())
					.addValue("ground", text));
		if (recorded == 0) {
			return false;
		}
		List<Long> ids = List.of(id);
		this.modules.forEach((module) -> module.erase(ids));
		this.audit.changed(user, id, found.teamId(), RecordType.PARTICIPANT, null, AuditAction.ERASE);
		return true;
	}

	private Found find(CurrentUser user, long id, AuditAction action) {
		Set<Long> teams = ParticipantAccess.reassignableTeams(user);
		Optional<Found> found = teams
			.isEmpty()
					? Optional.empty()
					: this.jdbc
						.query("""
								SELECT p.id, p.full_name, p.team_id, p.status, p.exited_on, e.erased_at
								FROM participant p LEFT JOIN participant_erasure e ON e.participant_id = p.id
								WHERE p.id = :id AND p.team_id IN (:teams)
								FOR UPDATE OF p""", new MapSqlParameterSource("id", id).addValue("teams", teams),
								(rs, n) -> new Found(rs.getString("full_name"), rs.getLong("team_id"),
										ParticipantStatus.valueOf(rs.getString("status")),
										rs.getObject("exited_on", LocalDate.class),
										(rs.getTimestamp("erased_at") != null)
												? rs.getTimestamp("erased_at").toInstant() : null))
						.stream()
						.findFirst();
		if (found.isEmpty()) {
			Long team = this.jdbc
				.queryForList("SELECT team_id FROM participant WHERE id = :id", new MapSqlParameterSource("id", id),
						Long.class)
				.stream()
				.findFirst()
				.orElse(null);
			this.audit.denied(user, id, team, RecordType.PARTICIPANT, action);
			throw new ParticipantNotFoundException();
		}
		return found.get();
	}

	private record Found(String fullName, long teamId, ParticipantStatus status, LocalDate exitedOn, Instant erasedAt) {
	}

	/**
	 * The next participants the job would erase, leaving out those it skips (their
	 * erasure failed earlier in this run).
	 */
	public List<Long> due(LocalDate today, Set<Long> skipped, int limit) {
		return candidates(exitedBefore(today), null, skipped, limit).stream().map(ErasureCandidate::id).toList();
	}

	private List<ErasureCandidate> candidates(LocalDate before, Set<Long> teams, Set<Long> skipped, int limit) {
		Map<Long, String> teamNames = this.organisation.teams()
			.stream()
			.collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
		MapSqlParameterSource params = new MapSqlParameterSource("before", before).addValue("limit", limit);
		String filter = "";
		if (teams != null) {
			params.addValue("teams", teams);
			filter = "AND p.team_id IN (:teams)";
		}
		if (!skipped.isEmpty()) {
			params.addValue("skipped", skipped);
			filter += " AND p.id NOT IN (:skipped)";
		}
		return this.jdbc.query(CANDIDATES.formatted(filter), params,
				(rs, n) -> new ErasureCandidate(rs.getLong("id"), rs.getString("full_name"), rs.getLong("team_id"),
						teamNames.get(rs.getLong("team_id")), rs.getObject("exited_on", LocalDate.class)));
	}

	/** Per kind, in the modules' order: the person's own details first. */
	private Map<String, Integer> wouldErase(Collection<Long> ids) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		if (ids.isEmpty()) {
			return counts;
		}
		for (PersonalDataErasure module : this.modules) {
			module.wouldErase(ids).forEach((kind, count) -> {
				if (count > 0) {
					counts.merge(kind, count, Integer::sum);
				}
			});
		}
		return counts;
	}

	/** Exits before this date are past the retention period today. */
	private LocalDate exitedBefore(LocalDate today) {
		return today.minus(this.properties.afterExit());
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
