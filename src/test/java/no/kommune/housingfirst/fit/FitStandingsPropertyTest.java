package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where each participant's FIT series stands ({@code fit_standing}, V042) equals what
 * their sessions say, worked out here in Java from the raw rows, after 300 random changes
 * with a fixed seed: new sessions with one scale or both, several on one day, dates and
 * scores corrected, and sessions moved to another participant (as only an import in SQL
 * would).
 */
@IntegrationTest
class FitStandingsPropertyTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FitStandingsRebuild rebuild;

	@Test
	void theStandingsAreWhatTheSessionsSayAfterRandomChanges() {
		CurrentUser worker = this.staff.caseworker(this.staff.team(this.staff.section()));
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			people.add(this.participants.aParticipant().includedOn(TODAY.minusYears(2)).by(worker));
		}
		Random random = new Random(20261203);
		List<Long> sessions = new ArrayList<>();
		for (int step = 0; step < 300; step++) {
			int what = random.nextInt(10);
			if (sessions.isEmpty() || what < 5) {
				boolean ors = random.nextInt(4) > 0;
				boolean srs = !ors || random.nextBoolean();
				sessions.add(this.jdbc.queryForObject("""
						INSERT INTO fit_session (participant_id, session_date, ors_individual, ors_interpersonal,
						  ors_social, ors_overall, srs_relationship, srs_goals, srs_approach, srs_overall,
						  submission_key, created_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
						people.get(random.nextInt(people.size())), Date.valueOf(TODAY.minusDays(random.nextInt(40))),
						score(random, ors), score(random, ors), score(random, ors), score(random, ors),
						score(random, srs), score(random, srs), score(random, srs), score(random, srs),
						UUID.randomUUID(), worker.id()));
			}
			else {
				long session = sessions.get(random.nextInt(sessions.size()));
				switch (what) {
					case 5, 6 -> this.jdbc.update("UPDATE fit_session SET session_date = ? WHERE id = ?",
							Date.valueOf(TODAY.minusDays(random.nextInt(40))), session);
					case 7, 8 -> this.jdbc.update("""
							UPDATE fit_session SET ors_overall = CASE WHEN ors_overall IS NULL THEN NULL ELSE ? END,
							  srs_overall = CASE WHEN srs_overall IS NULL THEN NULL ELSE ? END WHERE id = ?""",
							score(random, true), score(random, true), session);
					default -> this.jdbc.update("UPDATE fit_session SET participant_id = ? WHERE id = ?",
							people.get(random.nextInt(people.size())), session);
				}
			}
			if (step % 50 == 49) {
				assertThat(stored()).as("after step %d", step).isEqualTo(fromSessions());
			}
		}
		assertThat(stored()).isEqualTo(fromSessions());
		assertThat(stored()).hasSizeGreaterThan(3);
		assertThat(this.rebuild.rebuild().rowsThatDiffered()).isZero();
	}

	private static BigDecimal score(Random random, boolean given) {
		return given ? BigDecimal.valueOf(random.nextInt(101), 1) : null;
	}

	private record Session(long id, long participant, LocalDate date, BigDecimal ors, BigDecimal srs) {
	}

	/** What the table holds, one line per participant. */
	private Map<Long, List<Object>> stored() {
		Map<Long, List<Object>> rows = new HashMap<>();
		this.jdbc.query("SELECT * FROM fit_standing", (rs) -> {
			rows.put(rs.getLong("participant_id"),
					line(rs.getBigDecimal("first_ors"), rs.getBigDecimal("latest_ors"), rs.getBigDecimal("latest_srs"),
							rs.getBigDecimal("previous_srs"), rs.getDate("last_session").toLocalDate()));
		});
		return rows;
	}

	/** The same from the raw sessions: ordered by day, then by when they were saved. */
	private Map<Long, List<Object>> fromSessions() {
		Map<Long, List<Session>> byParticipant = new HashMap<>();
		this.jdbc.query("SELECT id, participant_id, session_date, ors_total, srs_total FROM fit_session", (rs) -> {
			byParticipant.computeIfAbsent(rs.getLong("participant_id"), (k) -> new ArrayList<>())
				.add(new Session(rs.getLong("id"), rs.getLong("participant_id"),
						rs.getDate("session_date").toLocalDate(), rs.getBigDecimal("ors_total"),
						rs.getBigDecimal("srs_total")));
		});
		Map<Long, List<Object>> rows = new HashMap<>();
		byParticipant.forEach((participant, list) -> {
			list.sort(Comparator.comparing(Session::date).thenComparing(Session::id));
			List<BigDecimal> ors = list.stream().map(Session::ors).filter((v) -> v != null).toList();
			List<BigDecimal> srs = list.stream().map(Session::srs).filter((v) -> v != null).toList();
			rows.put(participant,
					line(ors.isEmpty() ? null : ors.get(0), ors.isEmpty() ? null : ors.get(ors.size() - 1),
							srs.isEmpty() ? null : srs.get(srs.size() - 1),
							(srs.size() < 2) ? null : srs.get(srs.size() - 2), list.get(list.size() - 1).date()));
		});
		return rows;
	}

	private static List<Object> line(BigDecimal firstOrs, BigDecimal latestOrs, BigDecimal latestSrs,
			BigDecimal previousSrs, LocalDate lastSession) {
		List<Object> line = new ArrayList<>();
		for (BigDecimal value : new BigDecimal[] { firstOrs, latestOrs, latestSrs, previousSrs }) {
			line.add((value != null) ? value.stripTrailingZeros().toPlainString() : "-");
		}
		line.add(lastSession);
		return line;
	}

}
