package no.kommune.housingfirst.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so tests can move time. Instants are stored in
 * UTC; dates a user sees (visit dates, weeks, working days) are Oslo dates.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Bean
	Clock clock() {
		return Clock.system(OSLO);
	}

}
