package no.kommune.housingfirst.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Creates the two database roles and a database owned by the schema owner, the same way
 * {@code db/roles.sql} does for an operator. Used where the application itself holds a
 * superuser connection: trial mode's embedded PostgreSQL and the test databases.
 */
public final class DatabaseRoles {

	/** Owns the schema; Flyway migrates as this role. */
	public static final String OWNER = "hf_owner";

	/** What the running application connects as: reads and writes rows, owns nothing. */
	public static final String APP = "hf_app";

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private DatabaseRoles() {
	}

	/**
	 * Ensures the owner and runtime roles exist (password equal to the role name: these
	 * databases listen on loopback only) and creates the database if it is missing.
	 */
	public static void ensureDatabase(DataSource superuser, String database) {
		requireIdentifier(database);
		try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
			// Roles are cluster-wide: several test contexts may race to create them.
			statement.execute("SELECT pg_advisory_lock(4711)");
			try {
				for (String role : new String[] { OWNER, APP }) {
					if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
						statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "'");
					}
				}
				statement.execute("ALTER ROLE " + APP + " SET jit = off");
				if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
					statement.execute("CREATE DATABASE " + database + " OWNER " + OWNER);
				}
			}
			finally {
				statement.execute("SELECT pg_advisory_unlock(4711)");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare database " + database, ex);
		}
	}

	/** Drops a database, ending its open connections first. */
	public static void dropDatabase(DataSource superuser, String database) {
		requireIdentifier(database);
		try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop database " + database, ex);
		}
	}

	private static boolean exists(Connection connection, String sql, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static void requireIdentifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
	}

}
