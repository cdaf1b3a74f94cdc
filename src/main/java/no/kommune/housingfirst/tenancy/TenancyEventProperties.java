package no.kommune.housingfirst.tenancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The municipality's own limits for keeping the home.
 *
 * @param responseWorkingDays a complaint is to be answered within this many working days
 * of being received (the response guarantee, "svargaranti")
 * @param riskWindowDays the early warning counts signs within this many days, today
 * included
 * @param riskSigns how many different kinds of sign make a tenancy at risk
 * @param missedWeeks completed weeks in the window without contact that count as a sign
 */
@Validated
@ConfigurationProperties("housingfirst.tenancy")
public record TenancyEventProperties(@Min(1) @Max(60) int responseWorkingDays, @Min(7) @Max(730) int riskWindowDays,
		@Min(1) @Max(7) int riskSigns, @Min(1) @Max(52) int missedWeeks) {

	/** The defaults: five working days, 90 days, two kinds of sign, two missed weeks. */
	public static TenancyEventProperties defaults() {
		return new TenancyEventProperties(5, 90, 2, 2);
	}

}
