package no.kommune.housingfirst.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail's own retention: {@code audit_purge} deletes the rows older than the
 * cutoff from the start of the chain, never a row younger than two years whatever the
 * runtime role asks, and the chain still verifies from the anchor it leaves; the runtime
 * role still cannot update or delete a row itself. Old rows are made by back-dating the
 * first rows and re-chaining the trail as the schema owner.
 */
@ServerTest
class AuditRetentionServerTest {

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditRetention retention;

	JdbcTemplate owner;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
		long team = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.person("kari", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		for (int i = 0; i < 6; i++) {
			this.participants.aParticipant().named("Deltaker " + i).by(kari);
		}
	}

	@Test
	void deletesOnlyOldRowsTheFloorHoldsAndTheChainStillVerifies() throws SQLException {
		long rows = count("SELECT count(*) FROM audit_event");
		assertThat(rows).isGreaterThanOrEqualTo(6);
		// The first half of the chain: eleven years old.
		long half = rows / 2;
		backdate(half, "11 years");
		assertThat(this.chain.verify().intact()).isTrue();

		// As the runtime role, asking for everything up to now: the floor keeps the rows
		// younger than two years.
		try (Connection app = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = app.createStatement()) {
			var purged = statement.executeQuery("SELECT audit_purge(now() + INTERVAL '1 day')");
			purged.next();
			assertThat(purged.getLong(1)).isEqualTo(half);
		}
		assertThat(count("SELECT count(*) FROM audit_event")).isEqualTo(rows - half);
		assertThat(count("SELECT min(seq) FROM audit_chain")).isEqualTo(half + 1);
		assertThat(count("SELECT seq FROM audit_chain_anchor")).isEqualTo(half);
		AuditChain.Verification after = this.chain.verify();
		assertThat(after.intact()).as(String.valueOf(after.problem())).isTrue();
		assertThat(after.rows()).isEqualTo(rows - half);

		// New rows chain on, and verify; a purge with nothing old deletes nothing.
		this.participants.aParticipant()
			.named("Ny")
			.by(this.staff.person("ola", Set.of(Role.CASEWORKER), Set.of(this.staff.team(this.staff.section())),
					Set.of()));
		assertThat(this.retention.purgeBefore(Instant.now().minus(3650, ChronoUnit.DAYS))).isZero();
		assertThat(this.chain.verify().intact()).isTrue();

		// The anchor is part of what is verified: moved, the chain breaks.
		this.owner.update("UPDATE audit_chain_anchor SET row_hash = '\\x00'");
		assertThat(this.chain.verify().intact()).isFalse();
	}

	@Test
	void rowsBetweenTheCutoffAndTheFloorStayWhenTheCutoffIsLater() {
		long rows = count("SELECT count(*) FROM audit_event");
		backdate(rows, "3 years");
		// Ten years' retention: three-year-old rows stay.
		assertThat(this.retention.purgeBefore(Instant.now().minus(3652, ChronoUnit.DAYS))).isZero();
		// Two and a half years' retention: they go, every one, and the empty chain
		// verifies.
		assertThat(this.retention.purgeBefore(Instant.now().minus(913, ChronoUnit.DAYS))).isEqualTo(rows);
		assertThat(count("SELECT count(*) FROM audit_event")).isZero();
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void theRuntimeRoleStillCannotChangeOrDeleteRowsOrTheAnchor() throws SQLException {
		backdate(count("SELECT count(*) FROM audit_event"), "11 years");
		this.retention.purgeBefore(Instant.now().minus(3650, ChronoUnit.DAYS));
		this.participants.aParticipant()
			.named("Ny")
			.by(this.staff.person("ola", Set.of(Role.CASEWORKER), Set.of(this.staff.team(this.staff.section())),
					Set.of()));
		try (Connection app = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = app.createStatement()) {
			for (String sql : List.of("UPDATE audit_event SET outcome = 'DENIED'", "DELETE FROM audit_event",
					"TRUNCATE audit_event", "DELETE FROM audit_chain_anchor", "UPDATE audit_chain_anchor SET seq = 0",
					"INSERT INTO audit_chain_anchor (seq, row_hash, purged_at, cutoff) VALUES (1, '\\x00', now(), now())",
					"SELECT erasable_participants(ARRAY[1]::bigint[])")) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.hasMessageMatching("(?s).*(permission denied|must be owner).*");
			}
		}
		assertThat(this.chain.verify().intact()).isTrue();
	}

	/**
	 * Moves the first {@code n} rows of the chain back in time and recomputes every link
	 * and the head, as only the schema owner can: a trail that has been running for
	 * years.
	 */
	private void backdate(long n, String interval) {
		this.owner.update("UPDATE audit_event SET occurred_at = occurred_at - CAST(? AS INTERVAL) "
				+ "WHERE id IN (SELECT event_id FROM audit_chain WHERE seq <= ?)", interval, n);
		this.owner.execute(
				"""
						DO $$
						DECLARE
						    r RECORD;
						    h BYTEA := audit_chain_genesis();
						BEGIN
						    FOR r IN SELECT c.seq, e FROM audit_chain c JOIN audit_event e ON e.id = c.event_id ORDER BY c.seq LOOP
						        h := sha256(h || convert_to(audit_event_content(r.e), 'UTF8'));
						        UPDATE audit_chain SET row_hash = h WHERE seq = r.seq;
						    END LOOP;
						    UPDATE audit_chain_head SET last_hash = h;
						END $$""");
	}

	private long count(String sql) {
		return this.owner.queryForObject(sql, Long.class);
	}

}
