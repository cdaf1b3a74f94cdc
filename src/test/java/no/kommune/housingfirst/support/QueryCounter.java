package no.kommune.housingfirst.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends, so tests can prove a page costs a
 * bounded number of queries (no N+1), whatever the data.
 */
public final class QueryCounter implements BeanPostProcessor {

	private static final AtomicInteger statements = new AtomicInteger();

	/** The text of each statement counted since the last reset, in order. */
	private static final java.util.List<String> texts = java.util.Collections
		.synchronizedList(new java.util.ArrayList<>());

	/** The test's own thread: MockMvc requests run on it. */
	private static volatile Thread testThread;

	/**
	 * Starts counting from zero: statements sent from the calling thread and from the
	 * server's request threads, not from background work (a scheduled job, Spring
	 * Session's clean-up) that happens to run meanwhile.
	 */
	public static void reset() {
		testThread = Thread.currentThread();
		statements.set(0);
		texts.clear();
	}

	/** The statements counted since the last reset, for a failure message. */
	public static java.util.List<String> texts() {
		synchronized (texts) {
			return java.util.List.copyOf(texts);
		}
	}

	private static boolean counted() {
		Thread current = Thread.currentThread();
		// Tomcat's request threads: virtual ones are named tomcat-handler-N.
		return current == testThread || current.getName().startsWith("tomcat-handler-")
				|| current.getName().startsWith("http-nio-");
	}

	public static int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return new CountingDataSource(dataSource);
		}
		return bean;
	}

	private static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")
								|| method.getName().equals("createStatement")) {
							if (counted()) {
								statements.incrementAndGet();
								texts.add((args != null && args.length > 0 && args[0] instanceof String sql) ? sql
										: method.getName());
							}
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
