package no.kommune.housingfirst.boplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param reviewMonths the review date a new version of a plan suggests, in months after
 * the version's date (three by default)
 */
@Validated
@ConfigurationProperties("housingfirst.boplan")
public record BoPlanProperties(@Min(1) @Max(24) int reviewMonths) {
}
