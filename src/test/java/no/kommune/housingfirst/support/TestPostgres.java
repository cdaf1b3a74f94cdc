package no.kommune.housingfirst.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The PostgreSQL server for this test JVM, chosen once: a Testcontainers container where
 * Docker runs (laptops, GitHub Actions), else the server at {@code TEST_DATABASE_URL},
 * else an embedded PostgreSQL from Maven artifacts. Never an in-memory stand-in. Each
 * Spring test context gets its own fresh database on this server.
 */
public final class TestPostgres {

	private static TestPostgres instance;

	private final String baseUrl;

	private final DataSource superuser;

	private final String kind;

	private TestPostgres(String baseUrl, DataSource superuser, String kind) {
		this.baseUrl = baseUrl;
		this.superuser = superuser;
		this.kind = kind;
	}

	public static synchronized TestPostgres server() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	/** A new, empty database for one test context, with the owner and runtime roles. */
	public TestDatabase createDatabase() {
		String name = "hf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		no.kommune.housingfirst.shared.db.DatabaseRoles.ensureDatabase(this.superuser, name);
		return new TestDatabase(name, this.baseUrl + name, this.superuser);
	}

	public String kind() {
		return this.kind;
	}

	private static TestPostgres start() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new TestPostgres(base(container.getJdbcUrl()),
					dataSource(container.getJdbcUrl(), container.getUsername(), container.getPassword()),
					"testcontainers");
		}
		if (url != null && !url.isBlank()) {
			return new TestPostgres(base(url),
					dataSource(url, System.getenv("TEST_DATABASE_USERNAME"), System.getenv("TEST_DATABASE_PASSWORD")),
					"TEST_DATABASE_URL");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is ending; nothing left to clean
				}
			}));
			return new TestPostgres("jdbc:postgresql://localhost:" + postgres.getPort() + "/",
					postgres.getPostgresDatabase(), "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
		}
	}

	private static boolean dockerAvailable() {
		if ("false".equalsIgnoreCase(System.getenv("HF_TEST_DOCKER"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * {@code jdbc:postgresql://host:port/db?x} → {@code jdbc:postgresql://host:port/}.
	 */
	private static String base(String jdbcUrl) {
		int hostStart = jdbcUrl.toLowerCase(Locale.ROOT).indexOf("//") + 2;
		int slash = jdbcUrl.indexOf('/', hostStart);
		return jdbcUrl.substring(0, slash + 1);
	}

	private static DataSource dataSource(String url, String username, String password) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), url, username, password);
	}

}
