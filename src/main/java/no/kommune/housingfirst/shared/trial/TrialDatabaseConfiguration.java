package no.kommune.housingfirst.shared.trial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.db.PostgresConnections;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Trial mode ({@code ./mvnw spring-boot:run}): a real PostgreSQL from Maven artifacts,
 * its data under {@code ./data/}, kept between runs (fsync on), its superuser behind a
 * generated password kept in {@code ./data/postgres-superuser-password}. Only when no
 * database URL is given, and never in the packaged jar, which leaves the embedded
 * binaries out.
 */
@Configuration(proxyBeanMethods = false)
@Profile("trial")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class TrialDatabaseConfiguration {

	static final String DATABASE = "housingfirst";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres trialPostgres(@Value("${housingfirst.trial.data-directory}") Path dataDirectory)
			throws IOException {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(directory.getParent());
		String password = superuserPassword(passwordFile(directory));
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// The README promises the trial data survives: write it to disk as any
			// PostgreSQL would (the embedded defaults turn fsync and synchronous commits
			// off, which loses data on a crash).
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setConnectConfig("password", password)
			.start();
		requirePassword(postgres, directory, password);
		DatabaseRoles.ensureDatabase(postgres.getPostgresDatabase(), DATABASE);
		return postgres;
	}

	/** Beside the cluster's own folder, in the trial data folder. */
	static Path passwordFile(Path clusterDirectory) {
		return clusterDirectory.resolveSibling(clusterDirectory.getFileName() + "-superuser-password");
	}

	/**
	 * The superuser's password: generated at the first start and kept, readable by the
	 * owner only, so later starts (and an operator with psql) can use it.
	 */
	private static String superuserPassword(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the user's profile folder protects it.
		}
		return password;
	}

	/**
	 * initdb lets everyone on this machine in as the superuser without a password
	 * ({@code trust}). The first start sets the generated password and asks for it from
	 * then on, for every local connection, over TCP and the Unix socket alike; a cluster
	 * made before this change is closed the same way at its next start.
	 */
	private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password) throws IOException {
		Path hba = directory.resolve("pg_hba.conf");
		List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
		if (lines.stream().noneMatch(TrialDatabaseConfiguration::trusts)) {
			return;
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// Base64url characters only: nothing to escape in the literal.
			statement.execute("SET password_encryption = 'scram-sha-256'");
			statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
			Files.write(hba,
					lines.stream()
						.map((line) -> trusts(line) ? line.replaceAll("\\btrust\\b", "scram-sha-256") : line)
						.toList(),
					StandardCharsets.UTF_8);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set the trial database's superuser password", ex);
		}
	}

	private static boolean trusts(String line) {
		String rule = line.strip();
		return !rule.startsWith("#") && rule.matches(".*\\btrust\\b.*");
	}

	private static String url(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	@Bean
	JdbcConnectionDetails trialConnectionDetails(EmbeddedPostgres postgres) {
		return PostgresConnections.runtime(url(postgres));
	}

	@Bean
	FlywayConnectionDetails trialFlywayConnectionDetails(EmbeddedPostgres postgres) {
		return PostgresConnections.owner(url(postgres));
	}

}
