package no.kommune.housingfirst.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Statements on connections of a test's own, with real commits, and waiting until a
 * backend waits on a lock: for tests of what two transactions at once leave behind.
 */
public final class Backends {

	private Backends() {
	}

	/** Runs one statement with its values on the connection (in its transaction). */
	public static void update(Connection connection, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
		}
	}

	/** The connection's backend process id. */
	public static int pid(Connection connection) throws SQLException {
		try (var statement = connection.createStatement(); var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/**
	 * Until the backend waits on a lock (a second change behind a first), asked as a role
	 * that may see that backend's activity; ten seconds at most.
	 */
	public static void awaitWaiting(JdbcTemplate as, int pid) {
		for (int i = 0; i < 200; i++) {
			String wait = as.query("SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?",
					(rs) -> rs.next() ? rs.getString(1) : null, pid);
			if ("Lock".equals(wait)) {
				return;
			}
			sleep();
		}
		throw new IllegalStateException("backend " + pid + " never waited");
	}

	/** A twentieth of a second. */
	public static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
