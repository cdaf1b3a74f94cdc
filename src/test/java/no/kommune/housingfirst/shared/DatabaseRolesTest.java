package no.kommune.housingfirst.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application runs as a role that reads and writes rows and owns nothing. */
@IntegrationTest
class DatabaseRolesTest {

	@Autowired
	TestDatabase database;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theApplicationConnectsAsTheRuntimeRole() {
		assertThat(this.jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(DatabaseRoles.APP);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' " + "AND tableowner = current_user",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
				String.class))
			.isEqualTo(DatabaseRoles.OWNER);
	}

	@Test
	void theRuntimeRoleCannotChangeTheSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("CREATE TABLE sneaky (id int)")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("DROP TABLE staff_member")).isInstanceOf(SQLException.class)
				.hasMessageContaining("must be owner");
			assertThatThrownBy(() -> statement.execute("TRUNCATE staff_member")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

	/**
	 * A function that runs as the schema owner is safe only with its search path pinned
	 * (else the runtime role could put its own table or operator first in a temporary
	 * schema) and with EXECUTE taken from PUBLIC: every such function, owned by the
	 * owner.
	 */
	@Test
	void everySecurityDefinerFunctionPinsItsSearchPathAndIsNotPublic() {
		var functions = this.jdbc.queryForList("""
				SELECT p.proname, pg_get_userbyid(p.proowner) AS owner,
				       EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%pg_temp') AS pinned,
				       p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a
				                                   WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public
				FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
				WHERE n.nspname = 'public' AND p.prosecdef""");
		assertThat(functions).extracting((f) -> f.get("proname"))
			.contains("audit_purge", "visitlog_erase_history", "boplan_erase");
		assertThat(functions).allSatisfy((f) -> {
			assertThat(f.get("owner")).as("owner of " + f.get("proname")).isEqualTo(DatabaseRoles.OWNER);
			assertThat(f.get("pinned")).as("search_path of " + f.get("proname")).isEqualTo(true);
			assertThat(f.get("public")).as("PUBLIC may execute " + f.get("proname")).isEqualTo(false);
		});
	}

	/** Restriction periods are the record of what was restricted when: never deleted. */
	@Test
	void theRuntimeRoleCannotDeleteRestrictionPeriods() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("DELETE FROM participant_restriction"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void jitIsOffForTheRuntimeRole() {
		assertThat(this.jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
	}

}
