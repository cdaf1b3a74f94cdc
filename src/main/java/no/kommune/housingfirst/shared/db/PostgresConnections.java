package no.kommune.housingfirst.shared.db;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Boot connection details for one database: the application as the runtime role, Flyway
 * as the owner. Swapping only these keeps Flyway and JPA configured exactly as in
 * production.
 */
public final class PostgresConnections {

	private PostgresConnections() {
	}

	public static JdbcConnectionDetails runtime(String jdbcUrl) {
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return DatabaseRoles.APP;
			}

			@Override
			public String getPassword() {
				return DatabaseRoles.APP;
			}

			@Override
			public String getJdbcUrl() {
				return jdbcUrl;
			}
		};
	}

	public static FlywayConnectionDetails owner(String jdbcUrl) {
		return new FlywayConnectionDetails() {
			@Override
			public String getUsername() {
				return DatabaseRoles.OWNER;
			}

			@Override
			public String getPassword() {
				return DatabaseRoles.OWNER;
			}

			@Override
			public String getJdbcUrl() {
				return jdbcUrl;
			}
		};
	}

}
