package no.kommune.housingfirst.support;

import javax.sql.DataSource;

import no.kommune.housingfirst.shared.db.DatabaseRoles;

import org.springframework.beans.factory.DisposableBean;

/** One test context's own database; dropped when the context closes. */
public final class TestDatabase implements DisposableBean {

	private final String name;

	private final String jdbcUrl;

	private final DataSource superuser;

	TestDatabase(String name, String jdbcUrl, DataSource superuser) {
		this.name = name;
		this.jdbcUrl = jdbcUrl;
		this.superuser = superuser;
	}

	public String name() {
		return this.name;
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * Empties every application table (not Flyway's history, nor the one-row staff rights
	 * epoch) as the schema owner, for tests whose requests commit.
	 */
	public void truncateAll() {
		var owner = owner();
		var tables = owner.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
				+ "AND tablename NOT IN ('flyway_schema_history', 'staff_rights_epoch')", String.class);
		if (!tables.isEmpty()) {
			owner.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
		}
	}

	/**
	 * Statements as the schema owner (its own connections, each statement committed): for
	 * what the application's role may not do, such as disabling a trigger.
	 */
	public org.springframework.jdbc.core.JdbcTemplate owner() {
		return new org.springframework.jdbc.core.JdbcTemplate(
				new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(),
						this.jdbcUrl, DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

	/**
	 * A database outage for this context's database only: no new connections, and the
	 * open ones cut. {@link #endOutage()} lets connections in again, as after a restart.
	 */
	public void startOutage() {
		var admin = new org.springframework.jdbc.core.JdbcTemplate(this.superuser);
		admin.execute("ALTER DATABASE " + this.name + " ALLOW_CONNECTIONS false");
		admin.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?", this.name);
	}

	public void endOutage() {
		new org.springframework.jdbc.core.JdbcTemplate(this.superuser)
			.execute("ALTER DATABASE " + this.name + " ALLOW_CONNECTIONS true");
	}

	@Override
	public void destroy() {
		DatabaseRoles.dropDatabase(this.superuser, this.name);
	}

}
