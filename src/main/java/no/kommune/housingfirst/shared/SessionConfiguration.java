package no.kommune.housingfirst.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL. A double tap sends two requests with the same session at once;
 * with PostgreSQL's upsert for session attributes they cannot collide on the attribute
 * key.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionCustomizer() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
