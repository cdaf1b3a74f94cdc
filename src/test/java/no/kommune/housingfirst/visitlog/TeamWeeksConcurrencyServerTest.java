package no.kommune.housingfirst.visitlog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.kommune.housingfirst.support.Backends.awaitWaiting;
import static no.kommune.housingfirst.support.Backends.pid;
import static no.kommune.housingfirst.support.Backends.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The visits and minutes per team, week and caseworker (V040) with real commits: a week
 * written while the participant is being moved to another team lands in the team they end
 * up in, whichever of the two started first; a restriction moves the weeks to the
 * restricted key (still counted for their section's leader); rows written with the
 * triggers off are found and mended by the rebuild; the application cannot write the
 * table itself.
 */
@ServerTest
class TeamWeeksConcurrencyServerTest {

	static final LocalDate MONDAY = IsoWeek.of(LocalDate.now(TimeConfiguration.OSLO)).plus(-2).monday();

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	VisitCompliance compliance;

	@Autowired
	VisitRollupRebuild rebuild;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	long teamA;

	long teamB;

	CurrentUser worker;

	CurrentUser leader;

	long participant;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		long section = this.staff.section();
		this.teamA = this.staff.team(section);
		this.teamB = this.staff.team(section);
		this.worker = this.staff.caseworker(this.teamA);
		this.leader = this.staff.sectionLeader(section);
		this.participant = this.participants.aParticipant().includedOn(MONDAY.minusWeeks(10)).by(this.worker);
		this.jdbc.update("INSERT INTO visit_week VALUES (?, ?, ?, 1, 1, 40)", this.participant, MONDAY.minusWeeks(1),
				this.worker.id());
	}

	@Test
	void aWeekWrittenDuringAMoveLandsInTheNewTeam() throws Exception {
		try (Connection move = this.dataSource.getConnection(); Connection week = this.dataSource.getConnection()) {
			move.setAutoCommit(false);
			week.setAutoCommit(false);
			update(move, "UPDATE participant SET team_id = ? WHERE id = ?", this.teamB, this.participant);
			int weekPid = pid(week);
			CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> {
				try {
					update(week, "INSERT INTO visit_week VALUES (?, ?, ?, 2, 1, 75)", this.participant, MONDAY,
							this.worker.id());
					week.commit();
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitWaiting(this.jdbc, weekPid);
			move.commit();
			meanwhile.get(20, TimeUnit.SECONDS);
		}
		assertThat(rows()).containsExactlyInAnyOrder(List.of(this.teamB, MONDAY.minusWeeks(1), 1L, 40L),
				List.of(this.teamB, MONDAY, 2L, 75L));
		assertThat(this.rebuild.rebuild().teamWeekRowsDiffering()).isZero();
	}

	@Test
	void aMoveDuringAWeekBeingWrittenTakesThatWeekAlong() throws Exception {
		try (Connection move = this.dataSource.getConnection(); Connection week = this.dataSource.getConnection()) {
			move.setAutoCommit(false);
			week.setAutoCommit(false);
			update(week, "UPDATE visit_week SET visits = 3, minutes = 100 WHERE participant_id = ?", this.participant);
			int movePid = pid(move);
			CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> {
				try {
					update(move, "UPDATE participant SET team_id = ? WHERE id = ?", this.teamB, this.participant);
					move.commit();
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitWaiting(this.jdbc, movePid);
			week.commit();
			meanwhile.get(20, TimeUnit.SECONDS);
		}
		// Team A's key, at zero, is gone.
		assertThat(rows()).containsExactly(List.of(this.teamB, MONDAY.minusWeeks(1), 3L, 100L));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM visit_team_week", Long.class)).isEqualTo(1);
		assertThat(this.rebuild.rebuild().teamWeekRowsDiffering()).isZero();
	}

	/**
	 * Two caseworkers' weeks written at once for two participants of one team: neither
	 * waits for the other (no lock per team: saves in a team are not made to queue), and
	 * both count.
	 */
	@Test
	void twoCaseworkersOfOneTeamWriteAtOnce() throws Exception {
		CurrentUser colleague = this.staff.caseworker(this.teamA);
		long other = this.participants.aParticipant().includedOn(MONDAY.minusWeeks(10)).by(colleague);
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			update(first, "INSERT INTO visit_week VALUES (?, ?, ?, 1, 1, 10)", this.participant, MONDAY,
					this.worker.id());
			// Were it to wait for the first, it would fail after five seconds.
			update(second, "SET LOCAL statement_timeout = '5s'");
			update(second, "INSERT INTO visit_week VALUES (?, ?, ?, 1, 1, 15)", other, MONDAY, colleague.id());
			second.commit();
			first.commit();
		}
		assertThat(rows()).containsExactlyInAnyOrder(List.of(this.teamA, MONDAY.minusWeeks(1), 1L, 40L),
				List.of(this.teamA, MONDAY, 1L, 10L), List.of(this.teamA, MONDAY, 1L, 15L));
	}

	@Test
	void aRestrictedParticipantsMinutesCountForTheirSectionsLeaderOnly() {
		this.jdbc.update("UPDATE participant SET restricted = TRUE WHERE id = ?", this.participant);
		assertThat(this.jdbc.queryForList("SELECT restricted FROM visit_team_week WHERE visits > 0", Boolean.class))
			.containsExactly(true);
		IsoWeek week = IsoWeek.of(MONDAY.minusWeeks(1));
		assertThat(this.compliance.minutesPerCaseworker(this.leader, Set.of(this.teamA), null))
			.containsExactly(new VisitCompliance.CaseworkerMinutes(this.worker.id(), week, 40));
		// A leader of another section asking for the team sees nothing of it.
		CurrentUser stranger = this.staff.sectionLeader(this.staff.section());
		assertThat(this.compliance.minutesPerCaseworker(stranger, Set.of(this.teamA), null)).isEmpty();
		this.jdbc.update("UPDATE participant SET restricted = FALSE WHERE id = ?", this.participant);
		assertThat(rows()).containsExactly(List.of(this.teamA, MONDAY.minusWeeks(1), 1L, 40L));
	}

	@Test
	void aRebuildFindsAndMendsRowsWrittenWithTheTriggersOff() {
		JdbcTemplate owner = this.database.owner();
		owner.execute("ALTER TABLE visit_week DISABLE TRIGGER visit_week_team_weeks_inserted");
		try {
			owner.update("INSERT INTO visit_week VALUES (?, ?, ?, 1, 0, 20)", this.participant, MONDAY,
					this.worker.id());
		}
		finally {
			owner.execute("ALTER TABLE visit_week ENABLE TRIGGER visit_week_team_weeks_inserted");
		}
		assertThat(rows()).hasSize(1);
		Map<String, Object> result = owner.queryForMap("SELECT differed, total FROM visit_team_weeks_rebuild()");
		assertThat(result).containsEntry("differed", 1L).containsEntry("total", 2L);
		assertThat(rows()).containsExactlyInAnyOrder(List.of(this.teamA, MONDAY.minusWeeks(1), 1L, 40L),
				List.of(this.teamA, MONDAY, 1L, 20L));
	}

	@Test
	void anOwnersTruncateEmptiesItToo() {
		JdbcTemplate owner = this.database.owner();
		owner.execute("TRUNCATE visit_week");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM visit_team_week", Long.class)).isZero();
	}

	@Test
	void theApplicationCannotWriteTheRowsItself() {
		assertThatThrownBy(() -> this.jdbc.update("UPDATE visit_team_week SET minutes = 0")).rootCause()
			.hasMessageContaining("permission denied for table visit_team_week");
		assertThatThrownBy(() -> this.jdbc
			.queryForList("SELECT visit_team_weeks_add(ARRAY[1::BIGINT], ARRAY[CURRENT_DATE], ARRAY[1::BIGINT], "
					+ "ARRAY[1::BIGINT], ARRAY[1::BIGINT])"))
			.rootCause()
			.hasMessageContaining("permission denied for function visit_team_weeks_add");
		assertThatThrownBy(() -> this.jdbc.queryForList("SELECT visit_team_weeks_apply(ARRAY[]::visit_team_week[])"))
			.rootCause()
			.hasMessageContaining("permission denied for function visit_team_weeks_apply");
	}

	/** Team, week, visits and minutes of every row that counts. */
	private List<List<Object>> rows() {
		return this.jdbc.query(
				"SELECT team_id, week_monday, visits, minutes FROM visit_team_week WHERE visits > 0 ORDER BY 1, 2",
				(rs, n) -> List.<Object>of(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getLong(4)));
	}

}
