package no.kommune.housingfirst.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail as a hash chain, with real commits: the database sets every row's id
 * and time whatever the runtime role sends; a run of ordinary activity, several people at
 * once, verifies; an edit or a deletion made with the owner's rights is found.
 */
@ServerTest
class AuditChainServerTest {

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	AuditChain chain;

	@Autowired
	ConfigurableApplicationContext context;

	JdbcTemplate owner;

	List<Long> ids = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
		long team = this.staff.team(this.staff.section());
		for (String name : List.of("kari", "ola", "per", "liv")) {
			CurrentUser person = this.staff.person(name, Set.of(Role.CASEWORKER), Set.of(team), Set.of());
			this.ids.add(this.participants.aParticipant().named("Deltaker " + name).by(person));
		}
	}

	@Test
	void theDatabaseSetsIdAndTimeWhateverTheRuntimeRoleSends() throws SQLException {
		activity();
		long before = this.owner.queryForObject("SELECT max(id) FROM audit_event", Long.class);
		try (Connection app = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = app.createStatement()) {
			statement.execute("""
					INSERT INTO audit_event (id, occurred_at, actor_id, actor_username, actor_name, actor_roles,
					    actor_team_ids, record_type, action, outcome)
					OVERRIDING SYSTEM VALUE
					VALUES (999999, '2001-09-09 01:46:40+00', 1, 'x', 'X', 'ADMIN', '', 'PARTICIPANT', 'READ',
					    'ALLOWED')""");
			for (String sql : List.of("UPDATE audit_chain_head SET last_seq = 0", "DELETE FROM audit_chain_head",
					"INSERT INTO audit_chain VALUES (999999, 999999, '\\x00')", "DELETE FROM audit_chain",
					"ALTER TABLE audit_event DISABLE TRIGGER audit_event_chain",
					"SELECT setval('audit_event_id_seq', 1)")) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.hasMessageMatching("(?s).*(permission denied|must be owner).*");
			}
		}
		var row = this.owner.queryForMap("SELECT id, occurred_at FROM audit_event WHERE actor_username = 'x'");
		assertThat(row.get("id")).isEqualTo(before + 1);
		assertThat(((Timestamp) row.get("occurred_at")).toInstant()).isAfter(Instant.now().minusSeconds(60));
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void aRunOfOrdinaryActivityVerifiesAndAnOwnersEditIsFound() {
		activity();
		AuditChain.Verification intact = this.chain.verify();
		long rows = this.owner.queryForObject("SELECT count(*) FROM audit_event", Long.class);
		assertThat(intact.intact()).as(String.valueOf(intact.problem())).isTrue();
		assertThat(intact.rows()).isEqualTo(rows).isGreaterThan(40);
		// Every row is one link, the links one after the other, whatever ran at the same
		// time.
		assertThat(this.owner.queryForObject("SELECT count(*) FROM audit_chain", Long.class)).isEqualTo(rows);
		assertThat(this.owner.queryForObject("SELECT max(seq) FROM audit_chain", Long.class)).isEqualTo(rows);

		long middle = this.owner.queryForObject("SELECT min(id) + count(*) / 2 FROM audit_event", Long.class);
		this.owner.update("UPDATE audit_event SET outcome = 'DENIED' WHERE id = ?", middle);
		AuditChain.Verification edited = this.chain.verify();
		assertThat(edited.intact()).isFalse();
		assertThat(edited.brokenAt()).isEqualTo(middle);
		assertThat(commandExitCode()).isEqualTo(1);

		this.owner.update("UPDATE audit_event SET outcome = 'ALLOWED' WHERE id = ?", middle);
		assertThat(this.chain.verify().intact()).isTrue();
		assertThat(commandExitCode()).isZero();
		// A backdated row, hash and all, as someone who knew the old time would make it.
		this.owner.update("UPDATE audit_event SET occurred_at = occurred_at - interval '1 day' WHERE id = ?",
				middle + 3);
		assertThat(this.chain.verify().brokenAt()).isEqualTo(middle + 3);
	}

	@Test
	void anOwnersDeletionIsFoundInTheMiddleAndAtTheEnd() {
		activity();
		long middle = this.owner.queryForObject("SELECT min(id) + count(*) / 2 FROM audit_event", Long.class);
		this.owner.update("DELETE FROM audit_event WHERE id = ?", middle);
		assertThat(this.chain.verify().brokenAt()).isEqualTo(middle);
		// Its link removed too: the next link finds the gap.
		this.owner.update("DELETE FROM audit_chain WHERE event_id = ?", middle);
		assertThat(this.chain.verify().problem()).contains("link before row");

		this.database.truncateAll();
		setUp();
		activity();
		assertThat(this.chain.verify().intact()).isTrue();
		long last = this.owner.queryForObject("SELECT event_id FROM audit_chain ORDER BY seq DESC LIMIT 1", Long.class);
		this.owner.update("DELETE FROM audit_event WHERE id = ?", last);
		assertThat(this.chain.verify().brokenAt()).isEqualTo(last);
		// Its link cut from the end too: the head no longer matches.
		this.owner.update("DELETE FROM audit_chain WHERE event_id = ?", last);
		AuditChain.Verification cut = this.chain.verify();
		assertThat(cut.intact()).isFalse();
		assertThat(cut.problem()).contains("head");
		// A row put in with the triggers off is in no link.
		this.database.truncateAll();
		setUp();
		activity();
		long next = this.owner.queryForObject("SELECT max(id) + 1 FROM audit_event", Long.class);
		this.owner.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
		this.owner.update("""
				INSERT INTO audit_event (id, occurred_at, actor_id, actor_username, actor_name, actor_roles,
				    actor_team_ids, record_type, action, outcome)
				VALUES (?, now(), 1, 'x', 'X', 'ADMIN', '', 'PARTICIPANT', 'READ', 'ALLOWED')""", next);
		this.owner.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
		AuditChain.Verification added = this.chain.verify();
		assertThat(added.brokenAt()).isEqualTo(next);
		assertThat(added.problem()).contains("in no link");
	}

	/** Four people reading and searching at the same time, each on their own session. */
	private void activity() {
		List<CompletableFuture<Void>> runs = new ArrayList<>();
		List<String> names = List.of("kari", "ola", "per", "liv");
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			long participant = this.ids.get(i);
			runs.add(CompletableFuture.runAsync(() -> {
				Browserless browser = new Browserless(this.port);
				browser.login(name, TestStaff.PASSWORD);
				for (int round = 0; round < 8; round++) {
					assertThat(browser.get("/participants/" + participant).statusCode()).isEqualTo(200);
					browser.get("/participants?q=Deltaker");
				}
			}));
		}
		runs.forEach(CompletableFuture::join);
	}

	private int commandExitCode() {
		AuditChainCommand command = new AuditChainCommand(this.chain, this.context, false);
		command.run(null);
		return command.getExitCode();
	}

}
