package no.kommune.housingfirst.survey;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.EnumSet;
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
import no.kommune.housingfirst.participant.ParticipantRef;
import no.kommune.housingfirst.participant.ParticipantService;
import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.NotFoundException;
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
 * The participant's survey. The participant's caseworkers record a response (handed over
 * on the phone, or typed in from paper), once per submission key; the participant's
 * survey tab shows only on which days a survey was answered, never the answers, to
 * caseworkers and section leader alike, as an audited read. The section leader reads
 * aggregates for the teams of their sections, which name nobody and so are not a read of
 * anyone's record.
 */
@Service
@AuditedTransaction
public class Surveys {

	/** The participant's survey tab: on which days a survey was answered, and how. */
	public record SurveyTab(ParticipantHeader header, boolean mayRecord, List<Answered> answered) {
	}

	/** That a survey was answered: the day and how, nothing of what was said. */
	public record Answered(LocalDate answeredOn, SurveyMode mode) {
	}

	/** The leader's page: the teams to choose from, the choice, and the results. */
	public record ResultsPage(List<TeamSummary> teams, Long teamId, LocalDate from, LocalDate to,
			SurveyResults results) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ParticipantService participants;

	private final Organisation organisation;

	private final AuditLog audit;

	private final Clock clock;

	Surveys(NamedParameterJdbcTemplate jdbc, ParticipantService participants, Organisation organisation, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The survey tab: the days answered, newest first; an audited read (404 for a
	 * participant not visible).
	 */
	public SurveyTab tab(CurrentUser user, long participantId) {
		ParticipantHeader header = this.participants.header(user, participantId, RecordType.SURVEY);
		List<Answered> answered = this.jdbc.query("""
				SELECT answered_on, mode FROM survey_response WHERE participant_id = :p
				ORDER BY answered_on DESC, id DESC""", new MapSqlParameterSource("p", participantId), (rs,
				n) -> new Answered(rs.getDate("answered_on").toLocalDate(), SurveyMode.valueOf(rs.getString("mode"))));
		return new SurveyTab(header, ParticipantAccess.mayWriteCaseContent(user, header.teamId()), answered);
	}

	/**
	 * Before the survey is handed over or typed in: only the participant's caseworkers
	 * (404 if not visible, 403 if only readable); audited as a read.
	 */
	public ParticipantHeader start(CurrentUser user, long participantId) {
		return this.participants.writableHeader(user, participantId, RecordType.SURVEY, null);
	}

	/**
	 * Saves a response once per submission key: the same key again returns the response
	 * already saved. The day answered is neither in the future nor before inclusion.
	 */
	public long record(CurrentUser user, long participantId, UUID submissionKey, SurveyAnswers answers) {
		ParticipantRef participant = this.participants.requireWritable(user, participantId, AuditAction.CREATE);
		Optional<Long> earlier = findBySubmission(participantId, submissionKey);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (answers.answeredOn().isAfter(LocalDate.now(this.clock))) {
			throw new BrokenRuleException("answeredOn", "survey.rule.future");
		}
		if (answers.answeredOn().isBefore(participant.includedOn())) {
			throw new BrokenRuleException("answeredOn", "survey.rule.beforeInclusion");
		}
		List<Long> ids = this.jdbc.queryForList("""
				INSERT INTO survey_response (participant_id, team_id, answered_on, mode, free_text, submission_key,
				                             recorded_by, recorded_at)
				VALUES (:p, :team, :on, :mode, :text, :key, :by, :at)
				ON CONFLICT (submission_key) DO NOTHING
				RETURNING id""",
				new MapSqlParameterSource("p", participantId).addValue("team", participant.teamId())
					.addValue("on", Date.valueOf(answers.answeredOn()))
					.addValue("mode", answers.mode().name())
					.addValue("text", answers.freeText())
					.addValue("key", submissionKey)
					.addValue("by", user.id())
					.addValue("at", Timestamp.from(this.clock.instant())),
				Long.class);
		if (ids.isEmpty()) {
			// A parallel request with the same key saved it first.
			return findBySubmission(participantId, submissionKey)
				.orElseThrow(() -> new BrokenRuleException("survey.rule.keyUsed"));
		}
		long id = ids.get(0);
		for (Map.Entry<SurveyQuestion, Integer> score : answers.scores().entrySet()) {
			this.jdbc.update("INSERT INTO survey_answer (response_id, question, score) VALUES (:r, :q, :s)",
					new MapSqlParameterSource("r", id).addValue("q", score.getKey().name())
						.addValue("s", score.getValue()));
		}
		this.audit.changed(user, participantId, participant.teamId(), RecordType.SURVEY, id, AuditAction.CREATE);
		return id;
	}

	/** The response saved under a submission key, if it is this participant's. */
	@Transactional(readOnly = true)
	public Optional<Long> findBySubmission(long participantId, UUID submissionKey) {
		return this.jdbc
			.queryForList("SELECT id FROM survey_response WHERE submission_key = :k AND participant_id = :p",
					new MapSqlParameterSource("k", submissionKey).addValue("p", participantId), Long.class)
			.stream()
			.findFirst();
	}

	/**
	 * The aggregates for one team of the leader's sections, or all of them (teamId null),
	 * answered from {@code from} to {@code to}; a team outside the leader's sections is
	 * refused.
	 */
	@Transactional(readOnly = true)
	public ResultsPage results(CurrentUser user, Long teamId, LocalDate from, LocalDate to) {
		if (!user.hasRole(Role.SECTION_LEADER)) {
			throw new AccessDeniedException("survey results");
		}
		Set<Long> mine = user.sectionTeamIds();
		List<TeamSummary> teams = this.organisation.teams().stream().filter((t) -> mine.contains(t.id())).toList();
		Set<Long> asked = new HashSet<>(mine);
		if (teamId != null) {
			if (!mine.contains(teamId)) {
				// As everywhere: what one may not see does not exist.
				throw new NotFoundException("survey results team " + teamId);
			}
			asked = Set.of(teamId);
		}
		if (asked.isEmpty()) {
			return new ResultsPage(teams, teamId, from, to, SurveyResults.of(Map.of(), 0, List.of()));
		}
		// Whole half-years only, and every (team, half-year) group in the selection must
		// have at least five: no two selections differ by fewer than five people.
		from = HalfYear.first(from);
		to = HalfYear.last(to);
		MapSqlParameterSource params = new MapSqlParameterSource("teams", asked).addValue("from", Date.valueOf(from))
			.addValue("to", Date.valueOf(to));
		Map<SurveyQuestion, int[]> counts = new EnumMap<>(SurveyQuestion.class);
		Map<SurveyQuestion, Map<String, Integer>> groups = new EnumMap<>(SurveyQuestion.class);
		this.jdbc.query(
				"""
						SELECT r.team_id, extract(year FROM r.answered_on)::int * 2 + (extract(month FROM r.answered_on) > 6)::int AS half,
						       a.question, a.score, count(*) AS n
						FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
						WHERE r.team_id IN (:teams) AND r.answered_on BETWEEN :from AND :to
						GROUP BY 1, 2, 3, 4""",
				params, (rs) -> {
					SurveyQuestion question = SurveyQuestion.valueOf(rs.getString("question"));
					counts.computeIfAbsent(question, (q) -> new int[SurveyQuestion.HIGHEST + 1])[rs
						.getInt("score")] += rs.getInt("n");
					groups.computeIfAbsent(question, (q) -> new HashMap<>())
						.merge(rs.getLong("team_id") + "/" + rs.getInt("half"), rs.getInt("n"), Integer::sum);
				});
		Set<SurveyQuestion> smallGroups = EnumSet.noneOf(SurveyQuestion.class);
		groups.forEach((question, sizes) -> {
			if (sizes.values().stream().anyMatch((n) -> n < SurveyResults.SMALLEST_SHOWN)) {
				smallGroups.add(question);
			}
		});
		int[] responsesAndSmall = new int[2];
		this.jdbc
			.query("""
					SELECT count(*) AS responses, count(free_text) AS texts
					FROM survey_response
					WHERE team_id IN (:teams) AND answered_on BETWEEN :from AND :to
					GROUP BY team_id, extract(year FROM answered_on)::int * 2 + (extract(month FROM answered_on) > 6)::int""",
					params, (rs) -> {
						responsesAndSmall[0] += rs.getInt("responses");
						int texts = rs.getInt("texts");
						if (rs.getInt("responses") < SurveyResults.SMALLEST_SHOWN
								|| (texts > 0 && texts < SurveyResults.SMALLEST_SHOWN)) {
							responsesAndSmall[1] = 1;
						}
					});
		int total = responsesAndSmall[0];
		boolean smallTexts = responsesAndSmall[1] == 1;
		List<String> texts = (total < SurveyResults.SMALLEST_SHOWN || smallTexts) ? List.of()
				: this.jdbc.queryForList("""
						SELECT free_text FROM survey_response
						WHERE team_id IN (:teams) AND answered_on BETWEEN :from AND :to AND free_text IS NOT NULL""",
						params, String.class);
		return new ResultsPage(teams, teamId, from, to,
				SurveyResults.of(counts, total, texts, smallGroups, smallTexts));
	}

	/** Whether any response is saved at all (the demo data adds its own only once). */
	@Transactional(readOnly = true)
	public boolean anyResponses() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM survey_response)",
				new MapSqlParameterSource(), Boolean.class));
	}

}
