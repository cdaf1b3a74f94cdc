package no.kommune.housingfirst.visitlog;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.ActiveParticipant;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.NoticeRows;
import no.kommune.housingfirst.participant.NoticeStatement;
import no.kommune.housingfirst.participant.ParticipantNotice;
import no.kommune.housingfirst.participant.ParticipantStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Min uke": the caseworker's own participants for one ISO week, those not yet visited
 * first. Two queries whatever the caseload and its history: the participants, and one
 * over the week's roll-up and the maintained latest contact ({@link VisitRollups}).
 * Voided visits count for nothing: not as a visit, an attempt or the last contact.
 */
@Service
@Transactional
public class MyWeek {

	/** Where a participant stands this week. Labels: {@code MyWeek.State.<NAME>}. */
	public enum State {

		NOT_YET, ATTEMPTED, NOT_DUE, VISITED

	}

	/** One line of Min uke. */
	public record Row(long participantId, String fullName, ParticipantStatus status, State state, LocalDate lastContact,
			long weeksWithoutContact, boolean exited, int cadenceWeeks) {

		/**
		 * Not visited this week, as agreed: the off week of a stepped-down cadence.
		 */
		public boolean notDue() {
			return this.state == State.NOT_DUE;
		}

		public boolean visited() {
			return this.state == State.VISITED;
		}

		public boolean attempted() {
			return this.state == State.ATTEMPTED;
		}

	}

	/**
	 * The page: the rows, and what other modules want said about each participant (by id;
	 * a participant without notices may be missing).
	 */
	public record Page(List<Row> rows, Map<Long, List<ParticipantNotice>> notices) {

		public List<ParticipantNotice> noticesOf(long participantId) {
			return this.notices.getOrDefault(participantId, List.of());
		}

	}

	private final ParticipantDirectory participants;

	private final NamedParameterJdbcTemplate jdbc;

	private final List<MyWeekNotices> noticeProviders;

	private final NoticeStatement noticeStatement;

	private final Clock clock;

	private final ObjectProvider<VisitCadences> cadences;

	MyWeek(ParticipantDirectory participants, NamedParameterJdbcTemplate jdbc, List<MyWeekNotices> noticeProviders,
			NoticeStatement noticeStatement, Clock clock, ObjectProvider<VisitCadences> cadences) {
		this.noticeStatement = noticeStatement;
		this.cadences = cadences;
		this.participants = participants;
		this.jdbc = jdbc;
		this.noticeProviders = noticeProviders;
		this.clock = clock;
	}

	/**
	 * Min uke with each provider's notices: all providers' queries in one statement for
	 * the whole caseload, never one per row.
	 */
	public Page page(CurrentUser user, IsoWeek week) {
		List<Row> rows = rows(user, week);
		if (rows.isEmpty() || this.noticeProviders.isEmpty()) {
			return new Page(rows, Map.of());
		}
		List<Long> ids = rows.stream().map(Row::participantId).toList();
		LocalDate today = LocalDate.now(this.clock);
		NoticeRows fetched = this.noticeStatement.fetch(
				this.noticeProviders.stream().flatMap((provider) -> provider.queriesFor(ids, today).stream()).toList());
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		for (MyWeekNotices provider : this.noticeProviders) {
			provider.noticesFor(ids, today, fetched)
				.forEach((id, found) -> notices.computeIfAbsent(id, (k) -> new java.util.ArrayList<>()).addAll(found));
		}
		return new Page(rows, notices);
	}

	public List<Row> rows(CurrentUser user, IsoWeek week) {
		List<ActiveParticipant> mine = this.participants.caseloadOf(user, week.monday(), week.sunday());
		if (mine.isEmpty()) {
			return List.of();
		}
		record Summary(boolean visited, boolean attempted, LocalDate lastContact) {
		}
		Map<Long, Summary> summaries = new HashMap<>();
		List<Long> ids = mine.stream().map(ActiveParticipant::id).toList();
		MapSqlParameterSource params = new MapSqlParameterSource("ids", ids)
			.addValue("monday", Date.valueOf(week.monday()))
			.addValue("sunday", Date.valueOf(week.sunday()));
		// The week's roll-up and the maintained latest contact (V024): never the whole
		// history.
		List<Long> contactAfterWeek = new java.util.ArrayList<>();
		this.jdbc.query("""
				SELECT x.participant_id, bool_or(x.visited) AS visited, bool_or(x.attempted) AS attempted,
				       max(x.last_contact) AS last_contact
				FROM (SELECT participant_id, contacts > 0 AS visited, visits > contacts AS attempted,
				             CAST(NULL AS DATE) AS last_contact
				      FROM visit_week WHERE participant_id IN (:ids) AND week_monday = :monday
				      UNION ALL
				      SELECT participant_id, FALSE, FALSE, last_contact
				      FROM visit_last_contact WHERE participant_id IN (:ids)) x
				GROUP BY x.participant_id""", params, (rs) -> {
			Date last = rs.getDate("last_contact");
			LocalDate lastContact = (last != null) ? last.toLocalDate() : null;
			if (lastContact != null && lastContact.isAfter(week.sunday())) {
				// A past week: its latest contact is an earlier one, found below.
				contactAfterWeek.add(rs.getLong("participant_id"));
				lastContact = null;
			}
			summaries.put(rs.getLong("participant_id"),
					new Summary(rs.getBoolean("visited"), rs.getBoolean("attempted"), lastContact));
		});
		if (!contactAfterWeek.isEmpty()) {
			// One index probe per participant on the counted contacts (V013's index).
			this.jdbc.query("""
					SELECT participant_id, max(visit_date) AS last_contact FROM visit
					WHERE participant_id IN (:ids) AND contact AND voided_at IS NULL AND visit_date <= :sunday
					GROUP BY participant_id""", params.addValue("ids", contactAfterWeek), (rs) -> {
				long id = rs.getLong("participant_id");
				Summary summary = summaries.get(id);
				summaries.put(id,
						new Summary(summary.visited(), summary.attempted(), rs.getDate("last_contact").toLocalDate()));
			});
		}
		LocalDate today = LocalDate.now(this.clock);
		VisitCadences agreed = this.cadences.getIfAvailable();
		Map<Long, List<CadencePeriod>> cadence = (agreed == null) ? Map.of() : agreed.forParticipants(ids);
		return mine.stream().map((participant) -> {
			Summary summary = summaries.getOrDefault(participant.id(), new Summary(false, false, null));
			List<CadencePeriod> periods = cadence.getOrDefault(participant.id(), List.of());
			int weeks = CadencePeriod.weeksIn(periods, week);
			boolean notDue = summary.lastContact() != null
					&& IsoWeek.of(summary.lastContact()).weeksUntil(week) < weeks;
			State state = summary.visited() ? State.VISITED
					: notDue ? State.NOT_DUE : summary.attempted() ? State.ATTEMPTED : State.NOT_YET;
			return new Row(participant.id(), participant.fullName(), participant.status(), state, summary.lastContact(),
					FollowUpWeeks.weeksWithoutContact(participant.activeSince(), summary.lastContact(), week, today,
							periods),
					participant.exitedOn() != null, weeks);
		})
			.sorted(Comparator.comparing(Row::state)
				.thenComparing(Comparator.comparingLong(Row::weeksWithoutContact).reversed())
				.thenComparing(Row::fullName))
			.toList();
	}

}
