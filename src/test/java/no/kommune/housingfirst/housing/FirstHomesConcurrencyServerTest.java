package no.kommune.housingfirst.housing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.kommune.housingfirst.support.Backends.awaitWaiting;
import static no.kommune.housingfirst.support.Backends.pid;
import static no.kommune.housingfirst.support.Backends.sleep;
import static no.kommune.housingfirst.support.Backends.update;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first homes (V038) with real commits: two transactions changing the same
 * participant's tenancies at once leave the row the two changes together make (the second
 * waits for the first, then recomputes), a change of many participants at once (an
 * import) waits for one in progress, and tenancies deleted by the owner (as an erasure
 * might) take the row with them.
 */
@ServerTest
class FirstHomesConcurrencyServerTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	HousingTenancies tenancies;

	@Autowired
	FirstHomesRebuild rebuild;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	long participant;

	long ended;

	long current;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		long team = this.staff.team(this.staff.section());
		CurrentUser worker = this.staff.caseworker(team);
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusYears(3)).by(worker);
		this.ended = moveIn(worker);
		this.tenancies.end(worker, this.participant, this.ended, version(this.ended),
				new HousingTenancies.TenancyEnding(TODAY, TenancyEnd.EVICTION, null));
		this.current = moveIn(worker);
	}

	@Test
	void twoChangesToOneParticipantAtOnceAreBothCounted() throws Exception {
		try (Connection first = this.dataSource.getConnection(); Connection second = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);
			// The first home two years back, ended a year later: not in a home after 24
			// months.
			update(first,
					"UPDATE tenancy SET starts_on = ?, keys_on = ?, first_night_on = ?, ended_on = ? WHERE id = ?",
					TODAY.minusYears(2), TODAY.minusYears(2), TODAY.minusYears(2), TODAY.minusYears(1), this.ended);
			// Meanwhile the current home is dated back to before the first one ended:
			// still housed after 12 months.
			int secondPid = pid(second);
			CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> {
				try {
					update(second, "UPDATE tenancy SET starts_on = ?, keys_on = ?, first_night_on = ? WHERE id = ?",
							TODAY.minusYears(1).minusDays(1), TODAY.minusYears(1).minusDays(1),
							TODAY.minusYears(1).minusDays(1), this.current);
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
				"SELECT moved_in, after_12, after_24, after_36 FROM housing_first_home WHERE participant_id = ?",
				this.participant))
			.containsEntry("moved_in", Date.valueOf(TODAY.minusYears(2)))
			.containsEntry("after_12", "HOUSED")
			.containsEntry("after_24", "HOUSED")
			.containsEntry("after_36", "HOUSED");
		assertThat(this.rebuild.rebuild().rowsThatDiffered()).isZero();
	}

	@Test
	void aMoveToAnotherTeamAtTheMomentOfATenancyChangeLeavesTheNewTeamEitherWay() throws Exception {
		long before = this.jdbc.queryForObject("SELECT team_id FROM participant WHERE id = ?", Long.class,
				this.participant);
		long[] teams = { this.staff.team(this.staff.section()), this.staff.team(this.staff.section()) };
		for (int round = 0; round < 2; round++) {
			int order = round;
			long to = teams[order];
			String move = "UPDATE participant SET team_id = ? WHERE id = ?";
			String redate = "UPDATE tenancy SET starts_on = ?, keys_on = ?, first_night_on = ? WHERE id = ?";
			LocalDate day = TODAY.minusYears(2).minusDays(order);
			try (Connection first = this.dataSource.getConnection();
					Connection second = this.dataSource.getConnection()) {
				first.setAutoCommit(false);
				second.setAutoCommit(false);
				// First the tenancy change, then the move; then the other way round.
				if (order == 0) {
					update(first, redate, day, day, day, this.ended);
				}
				else {
					update(first, move, to, this.participant);
				}
				int secondPid = pid(second);
				CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> {
					try {
						if (order == 0) {
							update(second, move, to, this.participant);
						}
						else {
							update(second, redate, day, day, day, this.ended);
						}
						second.commit();
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				awaitWaiting(this.jdbc, secondPid);
				if (order == 0) {
					// As a move-in goes on to mark the participant housed: the move
					// waiting for this row must not make it a deadlock.
					update(first, "UPDATE participant SET version = version + 1 WHERE id = ?", this.participant);
				}
				first.commit();
				meanwhile.get(20, TimeUnit.SECONDS);
			}
			assertThat(this.jdbc.queryForMap(
					"SELECT team_id, moved_in FROM housing_first_home WHERE participant_id = ?", this.participant))
				.as("order %d", order)
				.containsEntry("team_id", to)
				.containsEntry("moved_in", Date.valueOf(day));
		}
		assertThat(teams).doesNotContain(before);
		assertThat(this.rebuild.rebuild().rowsThatDiffered()).isZero();
	}

	@Test
	void aChangeOfManyWaitsForOneInProgressAndDeletedTenanciesLeave() throws Exception {
		JdbcTemplate owner = this.database.owner();
		try (Connection first = this.dataSource.getConnection()) {
			first.setAutoCommit(false);
			update(first, "UPDATE tenancy SET ended_on = ?, end_reason = 'DECEASED' WHERE id = ?", TODAY, this.current);
			CompletableFuture<Void> many = CompletableFuture.runAsync(() -> owner.queryForList(
					"SELECT housing_first_homes_refresh(ARRAY(SELECT generate_series(1, 150)::BIGINT) || ?::BIGINT)",
					this.participant));
			// Only the owner may see its own backend's wait.
			awaitWaiting(owner, ownerPid(owner));
			first.commit();
			many.get(20, TimeUnit.SECONDS);
		}
		assertThat(this.jdbc.queryForObject("SELECT after_12 FROM housing_first_home WHERE participant_id = ?",
				String.class, this.participant))
			.isEqualTo("DECEASED");
		assertThat(this.rebuild.rebuild().rowsThatDiffered()).isZero();
		// The owner deletes the current tenancy (and what hangs on it): the first one
		// decides alone; then that one too, and the row is gone.
		deleteTenancy(owner, this.current);
		assertThat(this.jdbc.queryForObject("SELECT after_12 FROM housing_first_home WHERE participant_id = ?",
				String.class, this.participant))
			.isEqualTo("NOT_HOUSED");
		deleteTenancy(owner, this.ended);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM housing_first_home WHERE participant_id = ?",
				Integer.class, this.participant))
			.isZero();
		assertThat(this.rebuild.rebuild().rowsThatDiffered()).isZero();
	}

	@Test
	void aRebuildFindsAndMendsRowsWrittenWithTheTriggersOff() {
		JdbcTemplate owner = this.database.owner();
		owner.execute("ALTER TABLE tenancy DISABLE TRIGGER tenancy_first_homes_updated");
		try {
			owner.update("UPDATE tenancy SET starts_on = ?, keys_on = ?, first_night_on = ? WHERE id = ?",
					TODAY.minusYears(4), TODAY.minusYears(4), TODAY.minusYears(4), this.ended);
		}
		finally {
			owner.execute("ALTER TABLE tenancy ENABLE TRIGGER tenancy_first_homes_updated");
		}
		assertThat(movedIn()).isEqualTo(Date.valueOf(TODAY));
		FirstHomesRebuild.Result result = this.rebuild.rebuild();
		assertThat(result).isEqualTo(new FirstHomesRebuild.Result(1, 1));
		assertThat(movedIn()).isEqualTo(Date.valueOf(TODAY.minusYears(4)));
		assertThat(this.rebuild.rebuild()).isEqualTo(new FirstHomesRebuild.Result(0, 1));
	}

	private Date movedIn() {
		return this.jdbc.queryForObject("SELECT moved_in FROM housing_first_home WHERE participant_id = ?", Date.class,
				this.participant);
	}

	@Test
	void theApplicationCannotWriteTheRowsItself() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update("UPDATE housing_first_home SET after_12 = 'HOUSED'"))
			.rootCause()
			.hasMessageContaining("permission denied for table housing_first_home");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.queryForList("SELECT housing_first_homes_refresh(ARRAY[1::BIGINT])"))
			.rootCause()
			.hasMessageContaining("permission denied for function housing_first_homes_refresh");
	}

	private long moveIn(CurrentUser worker) {
		long tenancy = this.housing.lease(worker, this.participant, TODAY);
		this.tenancies.moveIn(worker, this.participant, tenancy, version(tenancy), TODAY, TODAY);
		return tenancy;
	}

	private int version(long tenancy) {
		return this.jdbc.queryForObject("SELECT version FROM tenancy WHERE id = ?", Integer.class, tenancy);
	}

	private static void deleteTenancy(JdbcTemplate owner, long tenancy) {
		owner.update("DELETE FROM first_rent_task WHERE tenancy_id = ?", tenancy);
		owner.update("DELETE FROM tenancy_correction WHERE tenancy_id = ?", tenancy);
		owner.update("DELETE FROM tenancy WHERE id = ?", tenancy);
	}

	private static int ownerPid(JdbcTemplate owner) {
		// The owner's statement runs on a connection of its own; find it by its text.
		for (int i = 0; i < 200; i++) {
			Integer pid = owner
				.query("SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT housing_first_homes_refresh%' "
						+ "AND pid <> pg_backend_pid() LIMIT 1", (rs) -> rs.next() ? rs.getInt(1) : null);
			if (pid != null) {
				return pid;
			}
			sleep();
		}
		throw new IllegalStateException("the owner's statement never started");
	}

}
