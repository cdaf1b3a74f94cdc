package no.kommune.housingfirst.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param bootstrapAdminUsername first administrator, created only while nobody exists
 * (from {@code HF_BOOTSTRAP_ADMIN_USERNAME})
 * @param bootstrapAdminPassword that administrator's password (from
 * {@code HF_BOOTSTRAP_ADMIN_PASSWORD})
 */
@ConfigurationProperties("housingfirst.staff")
public record StaffProperties(String bootstrapAdminUsername, String bootstrapAdminPassword) {
}
