package no.kommune.housingfirst.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in PostgreSQL. A double tap sends two requests with the same session at once;
 * with PostgreSQL's upsert for session attributes they cannot collide on the attribute
 * key. The repository is wrapped in {@link QuietSessions}: a request writes its session
 * only when something in it changed (or its time last used has moved a minute) and reads
 * it once.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionCustomizer() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	static BeanPostProcessor quietSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository jdbc) ? new QuietSessions(jdbc) : bean;
			}
		};
	}

	/**
	 * Just before Spring Session's filter, so the whole of its work is in one request.
	 */
	@Bean
	FilterRegistrationBean<QuietSessions.RequestScope> quietSessionsRequestScope() {
		var registration = new FilterRegistrationBean<>(new QuietSessions.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
