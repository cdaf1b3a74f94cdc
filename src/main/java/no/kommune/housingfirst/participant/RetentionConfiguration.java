package no.kommune.housingfirst.participant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling for the retention job; off with {@code housingfirst.retention.enabled=false}
 * (the tests run the job themselves, with a clock of their own).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "housingfirst.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionConfiguration {

}
