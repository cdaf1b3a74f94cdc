package no.kommune.housingfirst.fit;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The FIT thresholds (DOMAIN.md §5). Sources differ on some of them, so each municipality
 * may set its own.
 *
 * @param clinicalCutoff ORS total at or below which a person is in the clinical range
 * (adults 25, children 32)
 * @param alliance an SRS total below this is an alliance alert (default 36: "&lt; 36")
 * @param srsDrop an SRS this much or more below the previous one is an alert
 * @param reliableChange an ORS this far from the first ORS is a reliable change
 * @param daysWithoutFit an active participant without a session for longer than this is
 * an alert
 */
@Validated
@ConfigurationProperties("housingfirst.fit")
public record FitProperties(@NotNull @DecimalMin("0.0") @DecimalMax("40.0") BigDecimal clinicalCutoff,
		@NotNull @DecimalMin("0.0") @DecimalMax("40.0") BigDecimal alliance,
		@NotNull @DecimalMin("0.1") @DecimalMax("40.0") BigDecimal srsDrop,
		@NotNull @DecimalMin("0.1") @DecimalMax("40.0") BigDecimal reliableChange, @Min(1) int daysWithoutFit) {

	/** The defaults of DOMAIN.md §5. */
	public static FitProperties defaults() {
		return new FitProperties(new BigDecimal("25.0"), new BigDecimal("36.0"), new BigDecimal("1.0"),
				new BigDecimal("5.0"), 30);
	}

}
