package no.kommune.housingfirst.fidelity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.StaleFormException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.TeamSummary;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fidelity self-assessments. The section leader creates one per team and year (once per
 * submission key; a second for the same year opens the first), scores it as a draft and
 * completes it; a completed one is kept as it was. The team's caseworkers read their own
 * team's assessments. A team the user may not see is a 404; a draft saved meanwhile by
 * someone else is a conflict, not an overwrite.
 */
@Service
@Transactional(readOnly = true)
public class FidelityAssessments {

	public enum Status {

		DRAFT, COMPLETED

	}

	/** One year's assessment in the list. */
	public record YearLine(long id, int year, Status status) {
	}

	/** A domain's mean per year of the list (null: nothing scored), for comparison. */
	public record DomainYears(FidelityDomain domain, List<BigDecimal> means) {
	}

	/** The fidelity page of one team: its years, newest first, compared per domain. */
	public record Overview(List<TeamSummary> teams, TeamSummary team, boolean mayEdit, int thisYear,
			boolean thisYearStarted, List<YearLine> years, List<DomainYears> comparison, List<BigDecimal> totals) {
	}

	/** One item as scored, with the figure measured and the score it suggested. */
	public record ItemView(FidelityItem item, Integer score, String comment, BigDecimal measured, Integer suggested) {
	}

	/** A domain's items and their mean (null when none scored). */
	public record DomainView(FidelityDomain domain, List<ItemView> items, BigDecimal mean) {
	}

	/** One assessment to read, score or print. */
	public record AssessmentView(long id, long teamId, String teamName, int year, Status status, int version,
			boolean mayEdit, List<DomainView> domains, BigDecimal mean, int total, int scored, int items) {

		public boolean completed() {
			return this.status == Status.COMPLETED;
		}

		public int highest() {
			return this.items * FidelityItem.HIGHEST;
		}

	}

	/** What the form says about one item: a score (null: not yet) and a comment. */
	public record ItemInput(Integer score, String comment) {
	}

	public static final int COMMENT_MAX = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final Organisation organisation;

	private final FidelityMeasures measures;

	private final Clock clock;

	FidelityAssessments(NamedParameterJdbcTemplate jdbc, Organisation organisation, FidelityMeasures measures,
			Clock clock) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.measures = measures;
		this.clock = clock;
	}

	/**
	 * The team's assessments (the first team the user may see when none is asked); a team
	 * the user may not see is a 404.
	 */
	public Overview overview(CurrentUser user, Long teamId) {
		Set<Long> readable = readableTeams(user);
		List<TeamSummary> teams = this.organisation.teams().stream().filter((t) -> readable.contains(t.id())).toList();
		if (teamId != null && !readable.contains(teamId)) {
			throw new NotFoundException("fidelity team " + teamId);
		}
		int thisYear = LocalDate.now(this.clock).getYear();
		if (teams.isEmpty()) {
			return new Overview(teams, null, false, thisYear, false, List.of(), List.of(), List.of());
		}
		TeamSummary team = (teamId == null) ? teams.get(0)
				: teams.stream().filter((t) -> t.id() == teamId).findFirst().orElseThrow();
		List<YearLine> years = this.jdbc.query(
				"SELECT id, year, status FROM fidelity_assessment WHERE team_id = :t ORDER BY year DESC",
				new MapSqlParameterSource("t", team.id()),
				(rs, n) -> new YearLine(rs.getLong("id"), rs.getInt("year"), Status.valueOf(rs.getString("status"))));
		Map<Long, Map<FidelityItem, Integer>> scores = new HashMap<>();
		this.jdbc.query("""
				SELECT i.assessment_id, i.item, i.score FROM fidelity_item i
				JOIN fidelity_assessment a ON a.id = i.assessment_id
				WHERE a.team_id = :t AND i.score IS NOT NULL""", new MapSqlParameterSource("t", team.id()), (rs) -> {
			scores.computeIfAbsent(rs.getLong("assessment_id"), (k) -> new EnumMap<>(FidelityItem.class))
				.put(FidelityItem.valueOf(rs.getString("item")), rs.getInt("score"));
		});
		List<DomainYears> comparison = new ArrayList<>();
		for (FidelityDomain domain : FidelityDomain.values()) {
			comparison.add(new DomainYears(domain,
					years.stream()
						.map((y) -> mean(FidelityItem.in(domain), scores.getOrDefault(y.id(), Map.of())))
						.toList()));
		}
		List<BigDecimal> totals = years.stream()
			.map((y) -> mean(List.of(FidelityItem.values()), scores.getOrDefault(y.id(), Map.of())))
			.toList();
		return new Overview(teams, team, mayEdit(user, team.id()), thisYear,
				years.stream().anyMatch((y) -> y.year() == thisYear), years, comparison, totals);
	}

	/**
	 * Starts the team's assessment for a year as a draft with the measured items
	 * pre-filled, once per submission key; when the year is already started, that one.
	 */
	@Transactional
	public long create(CurrentUser user, long teamId, int year, UUID submissionKey) {
		requireEditable(user, teamId);
		int thisYear = LocalDate.now(this.clock).getYear();
		if (year > thisYear || year < thisYear - 5) {
			throw new BrokenRuleException("year", "fidelity.rule.year", thisYear - 5, thisYear);
		}
		List<Long> ids = this.jdbc.queryForList("""
				INSERT INTO fidelity_assessment (team_id, year, status, submission_key, created_by, created_at)
				VALUES (:t, :y, 'DRAFT', :k, :by, :at)
				ON CONFLICT DO NOTHING RETURNING id""",
				new MapSqlParameterSource("t", teamId).addValue("y", year)
					.addValue("k", submissionKey)
					.addValue("by", user.id())
					.addValue("at", Timestamp.from(this.clock.instant())),
				Long.class);
		if (ids.isEmpty()) {
			// The same submission again, or the year started by someone else: that one.
			// Else the key was spent on another team or year (a form sent again after
			// changing them): this team's year is started with a key of its own.
			return this.jdbc
				.queryForList("SELECT id FROM fidelity_assessment WHERE team_id = :t AND year = :y",
						new MapSqlParameterSource("t", teamId).addValue("y", year), Long.class)
				.stream()
				.findFirst()
				.orElseGet(() -> create(user, teamId, year, UUID.randomUUID()));
		}
		long id = ids.get(0);
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		LocalDate today = LocalDate.now(this.clock);
		Map<FidelityItem.Measure, BigDecimal> figures = this.measures.measure(user, teamId, from,
				to.isAfter(today) ? today : to);
		for (FidelityItem item : FidelityItem.values()) {
			BigDecimal measured = item.prefilled() ? figures.get(item.measure()) : null;
			this.jdbc.update("""
					INSERT INTO fidelity_item (assessment_id, item, measured, suggested)
					VALUES (:a, :i, :m, :s)""",
					new MapSqlParameterSource("a", id).addValue("i", item.name())
						.addValue("m", measured)
						.addValue("s", FidelityScoring.suggested(item.measure(), measured)));
		}
		return id;
	}

	/** One assessment; a team the user may not see is a 404. */
	public AssessmentView view(CurrentUser user, long id) {
		Map<String, Object> row = this.jdbc
			.queryForList("SELECT team_id, year, status, version FROM fidelity_assessment WHERE id = :id",
					new MapSqlParameterSource("id", id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("fidelity " + id));
		long teamId = ((Number) row.get("team_id")).longValue();
		if (!readableTeams(user).contains(teamId)) {
			throw new NotFoundException("fidelity " + id);
		}
		Map<FidelityItem, ItemView> items = new EnumMap<>(FidelityItem.class);
		this.jdbc.query("SELECT item, score, comment, measured, suggested FROM fidelity_item WHERE assessment_id = :a",
				new MapSqlParameterSource("a", id), (rs) -> {
					FidelityItem item = FidelityItem.valueOf(rs.getString("item"));
					items.put(item,
							new ItemView(item, (Integer) rs.getObject("score", Integer.class), rs.getString("comment"),
									rs.getBigDecimal("measured"), (Integer) rs.getObject("suggested", Integer.class)));
				});
		Map<FidelityItem, Integer> scores = new EnumMap<>(FidelityItem.class);
		items.values().stream().filter((i) -> i.score() != null).forEach((i) -> scores.put(i.item(), i.score()));
		List<DomainView> domains = new ArrayList<>();
		for (FidelityDomain domain : FidelityDomain.values()) {
			domains.add(new DomainView(domain,
					FidelityItem.in(domain)
						.stream()
						.map((i) -> items.getOrDefault(i, new ItemView(i, null, null, null, null)))
						.toList(),
					mean(FidelityItem.in(domain), scores)));
		}
		Status status = Status.valueOf((String) row.get("status"));
		return new AssessmentView(id, teamId, this.organisation.teamName(teamId), (Integer) row.get("year"), status,
				(Integer) row.get("version"), mayEdit(user, teamId) && status == Status.DRAFT, List.copyOf(domains),
				mean(List.of(FidelityItem.values()), scores),
				scores.values().stream().mapToInt(Integer::intValue).sum(), scores.size(),
				FidelityItem.values().length);
	}

	/**
	 * Saves the scores and comments of a draft, and completes it when asked: then every
	 * item must be scored. A version other than the stored one changes nothing.
	 */
	@Transactional
	public void save(CurrentUser user, long id, int version, Map<FidelityItem, ItemInput> input, boolean complete) {
		AssessmentView before = view(user, id);
		requireEditable(user, before.teamId());
		if (before.completed()) {
			throw new BrokenRuleException("fidelity.rule.completed");
		}
		if (before.version() != version) {
			throw new StaleFormException("fidelity.stale");
		}
		if (complete) {
			for (FidelityItem item : FidelityItem.values()) {
				if (input.get(item) == null || input.get(item).score() == null) {
					throw new BrokenRuleException("score_" + item.name(), "fidelity.rule.scoreAll");
				}
			}
		}
		int updated = this.jdbc.update("""
				UPDATE fidelity_assessment
				SET version = version + 1, status = :status, completed_by = :by, completed_at = :at
				WHERE id = :id AND version = :version AND status = 'DRAFT'""",
				new MapSqlParameterSource("id", id).addValue("version", version)
					.addValue("status", complete ? "COMPLETED" : "DRAFT")
					.addValue("by", complete ? user.id() : null)
					.addValue("at", complete ? Timestamp.from(this.clock.instant()) : null));
		if (updated == 0) {
			throw new StaleFormException("fidelity.stale");
		}
		for (FidelityItem item : FidelityItem.values()) {
			ItemInput in = Objects.requireNonNullElse(input.get(item), new ItemInput(null, null));
			this.jdbc.update("""
					UPDATE fidelity_item SET score = :score, comment = :comment
					WHERE assessment_id = :a AND item = :i""",
					new MapSqlParameterSource("a", id).addValue("i", item.name())
						.addValue("score", in.score())
						.addValue("comment", in.comment()));
		}
	}

	/**
	 * The assessment of a team and year, if started (the demo data adds its own once).
	 */
	public Optional<Long> find(long teamId, int year) {
		return this.jdbc
			.queryForList("SELECT id FROM fidelity_assessment WHERE team_id = :t AND year = :y",
					new MapSqlParameterSource("t", teamId).addValue("y", year), Long.class)
			.stream()
			.findFirst();
	}

	static BigDecimal mean(List<FidelityItem> items, Map<FidelityItem, Integer> scores) {
		List<Integer> given = items.stream().map(scores::get).filter(Objects::nonNull).toList();
		if (given.isEmpty()) {
			return null;
		}
		int sum = given.stream().mapToInt(Integer::intValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP);
	}

	private static Set<Long> readableTeams(CurrentUser user) {
		Set<Long> teams = new HashSet<>();
		if (user.hasRole(Role.SECTION_LEADER)) {
			teams.addAll(user.sectionTeamIds());
		}
		if (user.hasRole(Role.CASEWORKER)) {
			teams.addAll(user.teamIds());
		}
		return teams;
	}

	private static boolean mayEdit(CurrentUser user, long teamId) {
		return user.hasRole(Role.SECTION_LEADER) && user.sectionTeamIds().contains(teamId);
	}

	private static void requireEditable(CurrentUser user, long teamId) {
		if (!readableTeams(user).contains(teamId)) {
			throw new NotFoundException("fidelity team " + teamId);
		}
		if (!mayEdit(user, teamId)) {
			throw new AccessDeniedException("fidelity team " + teamId);
		}
	}

}
