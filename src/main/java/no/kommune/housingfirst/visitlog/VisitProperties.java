package no.kommune.housingfirst.visitlog;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxDaysBack how far back a visit may be logged; older ones are history to
 * import, not a visit to log now
 */
@Validated
@ConfigurationProperties("housingfirst.visitlog")
public record VisitProperties(@Min(1) int maxDaysBack) {
}
