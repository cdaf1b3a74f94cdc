package no.kommune.housingfirst.shared.trial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * its data under {@code ./data/}, kept between runs. Only when no database URL is given,
 * and never in the packaged jar, which leaves the embedded binaries out.
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
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.start();
		DatabaseRoles.ensureDatabase(postgres.getPostgresDatabase(), DATABASE);
		return postgres;
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
