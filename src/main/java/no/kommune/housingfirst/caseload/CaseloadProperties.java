package no.kommune.housingfirst.caseload;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The dashboard's norms, which municipalities set differently.
 *
 * @param caseloadFlag a caseworker with more active participants than this is flagged
 * (default 15)
 * @param ratioLow the low end of the team's participants per caseworker norm (1 : 10)
 * @param ratioHigh the high end of that norm (1 : 15)
 * @param workingWeekHours a working week, for direct client time (default 37.5)
 */
@Validated
@ConfigurationProperties("housingfirst.caseload")
public record CaseloadProperties(@Min(1) @Max(200) int caseloadFlag, @Min(1) @Max(200) int ratioLow,
		@Min(1) @Max(200) int ratioHigh, @NotNull @DecimalMin("1.0") @DecimalMax("80.0") BigDecimal workingWeekHours) {

	/** The defaults of DOMAIN.md §6. */
	public static CaseloadProperties defaults() {
		return new CaseloadProperties(15, 10, 15, new BigDecimal("37.5"));
	}

	/** A working week in minutes. */
	public long workingWeekMinutes() {
		return this.workingWeekHours.multiply(BigDecimal.valueOf(60)).longValue();
	}

}
