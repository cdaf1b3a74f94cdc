package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
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
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.kommune.housingfirst.support.Backends.awaitWaiting;
import static no.kommune.housingfirst.support.Backends.pid;
import static no.kommune.housingfirst.support.Backends.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where each participant's FIT series stands (V042) with real commits: two sessions saved
 * for one participant at once are both in it (the second waits for the first, then
 * recomputes), a rebuild finds and mends rows written with the triggers off, the owner's
 * TRUNCATE of the sessions leaves nothing behind, the operator's command says what it
 * found, and the application can only read it.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class FitStandingsServerTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	FitStandingsRebuild rebuild;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser worker;

	long participant;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.worker = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusYears(1)).by(this.worker);
	}

	@Test
	void twoSessionsSavedAtOnceAreBothInTheStanding() throws Exception {
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			// ORS 32.0 and SRS 36.0 a week ago, then ORS and SRS 24.0 yesterday in
			// another
			// transaction at the same moment: the latest SRS is 24.0 and the one before
			// it
			// 36.0, the ORS went from 32.0 to 24.0.
			session(first, TODAY.minusDays(7), "8.0", "9.0");
			int secondPid = pid(second);
			CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> {
				try {
					session(second, TODAY.minusDays(1), "6.0", "6.0");
					second.commit();
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitWaiting(this.jdbc, secondPid);
			first.commit();
			meanwhile.get(20, TimeUnit.SECONDS);
		}
		assertThat(this.jdbc.queryForMap(
				"SELECT first_ors, latest_ors, latest_srs, previous_srs, last_session FROM fit_standing WHERE participant_id = ?",
				this.participant))
			.containsEntry("first_ors", new BigDecimal("32.0"))
			.containsEntry("latest_ors", new BigDecimal("24.0"))
			.containsEntry("latest_srs", new BigDecimal("24.0"))
			.containsEntry("previous_srs", new BigDecimal("36.0"))
			.containsEntry("last_session", Date.valueOf(TODAY.minusDays(1)));
		assertThat(this.rebuild.rebuild()).isEqualTo(new FitStandingsRebuild.Result(0, 1));
	}

	@Test
	void aRebuildMendsRowsWrittenWithTheTriggersOffAndTheCommandSaysSo(CapturedOutput output) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			session(connection, TODAY.minusDays(3), "5.0", "7.0");
		}
		JdbcTemplate owner = this.database.owner();
		owner.execute("ALTER TABLE fit_session DISABLE TRIGGER fit_session_standings_updated");
		try {
			owner.update("UPDATE fit_session SET session_date = ? WHERE participant_id = ?",
					Date.valueOf(TODAY.minusDays(30)), this.participant);
		}
		finally {
			owner.execute("ALTER TABLE fit_session ENABLE TRIGGER fit_session_standings_updated");
		}
		assertThat(lastSession()).isEqualTo(Date.valueOf(TODAY.minusDays(3)));
		new FitStandingsCommand(this.rebuild, this.context, false).run(null);
		assertThat(output).contains("FIT standings rebuilt rows=1 rowsThatDiffered=1");
		assertThat(lastSession()).isEqualTo(Date.valueOf(TODAY.minusDays(30)));
		assertThat(this.rebuild.rebuild()).isEqualTo(new FitStandingsRebuild.Result(0, 1));

		owner.execute("TRUNCATE fit_correction, fit_session");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM fit_standing", Integer.class)).isZero();
	}

	@Test
	void theApplicationCannotWriteTheStandingsItself() {
		assertThatThrownBy(() -> this.jdbc.update("UPDATE fit_standing SET latest_srs = 40")).rootCause()
			.hasMessageContaining("permission denied for table fit_standing");
		assertThatThrownBy(() -> this.jdbc.queryForList("SELECT fit_standings_refresh(ARRAY[1::BIGINT])")).rootCause()
			.hasMessageContaining("permission denied for function fit_standings_refresh");
	}

	private Date lastSession() {
		return this.jdbc.queryForObject("SELECT last_session FROM fit_standing WHERE participant_id = ?", Date.class,
				this.participant);
	}

	/** A session with every ORS item at {@code ors} and every SRS item at {@code srs}. */
	private void session(Connection connection, LocalDate on, String ors, String srs) throws SQLException {
		BigDecimal o = new BigDecimal(ors);
		BigDecimal s = new BigDecimal(srs);
		update(connection, """
				INSERT INTO fit_session (participant_id, session_date, ors_individual, ors_interpersonal, ors_social,
				  ors_overall, srs_relationship, srs_goals, srs_approach, srs_overall, submission_key, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", this.participant, Date.valueOf(on), o, o, o, o, s, s, s,
				s, UUID.randomUUID(), this.worker.id());
	}

}
