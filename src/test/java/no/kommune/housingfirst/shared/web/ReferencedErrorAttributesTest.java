package no.kommune.housingfirst.shared.web;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error page can tell a database outage (nothing saved, go back and resend) from
 * other errors.
 */
class ReferencedErrorAttributesTest {

	@Test
	void recognisesADatabaseThatCannotBeReached() {
		assertThat(ReferencedErrorAttributes.databaseUnavailable(new CannotGetJdbcConnectionException("pool",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isTrue();
		assertThat(ReferencedErrorAttributes.databaseUnavailable(
				new CannotCreateTransactionException("no connection", new ConnectException("refused"))))
			.isTrue();
		assertThat(ReferencedErrorAttributes.databaseUnavailable(
				new IllegalStateException("wrapped", new RuntimeException(new ConnectException("Connection refused")))))
			.isTrue();
	}

	@Test
	void recognisesAConnectionThatWasCut() {
		assertThat(ReferencedErrorAttributes.databaseUnavailable(
				new IllegalStateException("rollback failed", new java.sql.SQLException("Connection is closed"))))
			.isTrue();
		assertThat(ReferencedErrorAttributes.databaseUnavailable(
				new java.sql.SQLException("terminating connection due to administrator command", "57P01")))
			.isTrue();
	}

	@Test
	void otherFailuresAreNotAnOutage() {
		assertThat(ReferencedErrorAttributes.databaseUnavailable(new DataIntegrityViolationException("duplicate")))
			.isFalse();
		assertThat(ReferencedErrorAttributes.databaseUnavailable(new IllegalStateException("bug"))).isFalse();
		assertThat(ReferencedErrorAttributes.databaseUnavailable(null)).isFalse();
	}

}
