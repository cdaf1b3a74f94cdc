package no.kommune.housingfirst.boplan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
 * Where each participant's bo-plan and follow-up agreement stand (V044) with real
 * commits: a follow-up agreement and a meeting saved for one participant at once are both
 * in it (the second waits for the first, then recomputes), a rebuild finds and mends rows
 * written with the triggers off, the owner's TRUNCATE of one table leaves the standings
 * of the others, the operator's command says what it found, and the application can only
 * read it.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class BoPlanStandingsServerTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	BoPlanStandingsRebuild rebuild;

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
	void anAgreementAndAMeetingSavedAtOnceAreBothInTheStanding() throws Exception {
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			followUp(first, TODAY.minusDays(20));
			int secondPid = pid(second);
			CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> {
				try {
					update(second, """
							INSERT INTO bo_plan_needs_meeting (participant_id, submission_key, held_on, attendees,
							  outcome, created_by, created_at)
							VALUES (?, ?, ?, 'Deltaker', 'Ny avtale', ?, ?)""", this.participant, UUID.randomUUID(),
							Date.valueOf(TODAY.minusDays(2)), this.worker.id(), Timestamp.from(Instant.now()));
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
				"SELECT review_on, plan_agreed, agreed_on, met_on FROM bo_plan_standing WHERE participant_id = ?",
				this.participant))
			.containsEntry("review_on", null)
			.containsEntry("plan_agreed", false)
			.containsEntry("agreed_on", Date.valueOf(TODAY.minusDays(20)))
			.containsEntry("met_on", Date.valueOf(TODAY.minusDays(2)));
		assertThat(this.rebuild.rebuild()).isEqualTo(new BoPlanStandingsRebuild.Result(0, 1));
	}

	@Test
	void aRebuildMendsRowsWrittenWithTheTriggersOffAndTheCommandSaysSo(CapturedOutput output) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			followUp(connection, TODAY.minusDays(3));
		}
		JdbcTemplate owner = this.database.owner();
		owner.execute("ALTER TABLE follow_up_agreement DISABLE TRIGGER follow_up_agreement_standings_updated");
		try {
			owner.update("UPDATE follow_up_agreement SET agreed_on = ? WHERE participant_id = ?",
					Date.valueOf(TODAY.minusDays(30)), this.participant);
		}
		finally {
			owner.execute("ALTER TABLE follow_up_agreement ENABLE TRIGGER follow_up_agreement_standings_updated");
		}
		assertThat(agreedOn()).isEqualTo(Date.valueOf(TODAY.minusDays(3)));
		new BoPlanStandingsCommand(this.rebuild, this.context, false).run(null);
		assertThat(output).contains("Bo-plan standings rebuilt rows=1 rowsThatDiffered=1");
		assertThat(agreedOn()).isEqualTo(Date.valueOf(TODAY.minusDays(30)));
		assertThat(this.rebuild.rebuild()).isEqualTo(new BoPlanStandingsRebuild.Result(0, 1));

		// A meeting, then the meetings truncated: the agreement's standing stays.
		owner.update("""
				INSERT INTO bo_plan_needs_meeting (participant_id, submission_key, held_on, attendees, outcome,
				  created_by, created_at)
				VALUES (?, ?, ?, 'Deltaker', 'Ny avtale', ?, now())""", this.participant, UUID.randomUUID(),
				Date.valueOf(TODAY), this.worker.id());
		assertThat(this.jdbc.queryForObject("SELECT met_on FROM bo_plan_standing WHERE participant_id = ?", Date.class,
				this.participant))
			.isEqualTo(Date.valueOf(TODAY));
		owner.execute("TRUNCATE bo_plan_needs_meeting");
		assertThat(this.jdbc.queryForMap("SELECT agreed_on, met_on FROM bo_plan_standing WHERE participant_id = ?",
				this.participant))
			.containsEntry("agreed_on", Date.valueOf(TODAY.minusDays(30)))
			.containsEntry("met_on", null);
		owner.execute("TRUNCATE follow_up_agreement");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_standing", Integer.class)).isZero();
	}

	@Test
	void aRefreshOfManyParticipantsAtOnceLocksTheTableAndRecomputesThem() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			followUp(connection, TODAY.minusDays(5));
		}
		JdbcTemplate owner = this.database.owner();
		owner.update("UPDATE bo_plan_standing SET agreed_on = ? WHERE participant_id = ?",
				Date.valueOf(TODAY.minusYears(9)), this.participant);
		// More than 100 participants, as an import's one statement would touch.
		owner.queryForList(
				"SELECT boplan_standings_refresh(ARRAY(SELECT generate_series(1, 150)::BIGINT) || ?::BIGINT)",
				this.participant);
		assertThat(agreedOn()).isEqualTo(Date.valueOf(TODAY.minusDays(5)));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM bo_plan_standing", Integer.class)).isOne();
	}

	@Test
	void theApplicationCannotWriteTheStandingsItself() {
		assertThatThrownBy(() -> this.jdbc.update("UPDATE bo_plan_standing SET plan_agreed = TRUE")).rootCause()
			.hasMessageContaining("permission denied for table bo_plan_standing");
		assertThatThrownBy(() -> this.jdbc.queryForList("SELECT boplan_standings_refresh(ARRAY[1::BIGINT])"))
			.rootCause()
			.hasMessageContaining("permission denied for function boplan_standings_refresh");
	}

	private Date agreedOn() {
		return this.jdbc.queryForObject("SELECT agreed_on FROM bo_plan_standing WHERE participant_id = ?", Date.class,
				this.participant);
	}

	private void followUp(Connection connection, LocalDate on) throws SQLException {
		update(connection, """
				INSERT INTO follow_up_agreement (participant_id, version_no, submission_key, agreed_on,
				  unreachable_plan, kind, created_by, created_at)
				VALUES (?, 1, ?, ?, 'Ringer søster', 'AGREED_ORALLY', ?, ?)""", this.participant, UUID.randomUUID(),
				Date.valueOf(on), this.worker.id(), Timestamp.from(Instant.now()));
	}

}
