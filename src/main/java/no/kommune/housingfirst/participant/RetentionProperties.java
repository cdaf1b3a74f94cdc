package no.kommune.housingfirst.participant;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept after a participant's exit, and the audit trail after
 * each row was written (the defaults and why: docs/adr/0015).
 *
 * @param afterExit the participant's personal data is erased this long after the exit
 * date
 * @param auditTrail audit rows are purged this long after they were written (the database
 * refuses anything under two years)
 * @param cron when the retention job runs (Spring cron, Oslo time)
 * @param enabled whether the job runs on a schedule at all
 * @param dryRun when true, the scheduled job only logs what it would erase
 * @param batchSize participants erased per transaction
 */
@ConfigurationProperties("housingfirst.retention")
@Validated
public record RetentionProperties(@NotNull @DefaultValue("P3Y") Period afterExit,
		@NotNull @DefaultValue("P10Y") Period auditTrail, @NotBlank @DefaultValue("0 30 2 * * *") String cron,
		@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean dryRun,
		@Min(1) @Max(1000) @DefaultValue("100") int batchSize) {

}
