package no.kommune.housingfirst.shared.db;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * After a database restart every pooled connection is dead, but HikariCP hands out a
 * connection returned less than 500 ms ago without checking it (its "alive bypass
 * window"). Left alone, each dead connection fails one more request after the database is
 * back — on a busy pool several in a row, each a "database unavailable" page. So the
 * first connection found broken (SQLSTATE class 08, or the server shutting down or
 * starting) retires the whole pool: idle connections are closed at once, those in use
 * when they come back, and the next request gets a fresh one.
 */
@Component
class PoolRecovery implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(PoolRecovery.class);

	/** The server is shutting down (admin, crash) or not yet accepting connections. */
	private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getExceptionOverride() == null
				&& pool.getExceptionOverrideClassName() == null) {
			pool.setExceptionOverride(new RetireOnBrokenConnection(pool));
		}
		return bean;
	}

	static boolean connectionBroken(SQLException ex) {
		String state = ex.getSQLState();
		return state != null && (state.startsWith("08") || SERVER_GONE.contains(state));
	}

	/** Keeps HikariCP's own verdict for the connection, and retires the others too. */
	static final class RetireOnBrokenConnection implements SQLExceptionOverride {

		private final HikariDataSource pool;

		private final AtomicLong retired = new AtomicLong();

		RetireOnBrokenConnection(HikariDataSource pool) {
			this.pool = pool;
		}

		@java.lang.Override
		public SQLExceptionOverride.Override adjudicate(SQLException ex) {
			if (connectionBroken(ex)) {
				HikariPoolMXBean bean = this.pool.getHikariPoolMXBean();
				if (bean != null) {
					bean.softEvictConnections();
					log.warn("database connection broken sqlstate={}: every pooled connection replaced (time {})",
							ex.getSQLState(), this.retired.incrementAndGet());
				}
			}
			return SQLExceptionOverride.Override.CONTINUE_EVICT;
		}

		long retired() {
			return this.retired.get();
		}

	}

}
