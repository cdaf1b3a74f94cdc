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

	@Test
	void jitIsOffForTheRuntimeRole() {
		assertThat(this.jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
	}

}
