package no.kommune.housingfirst.shared.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Login protection settings.
 *
 * @param absoluteSessionLifetime a session ends this long after login, however active
 * @param lockoutThreshold failed logins in a row before an account is locked for a while
 * @param lockoutMaxMinutes the longest lock; each further failure doubles it up to this
 * @param sourceFailureLimit failed logins from one address within the window before that
 * address is throttled
 * @param sourceWindow the window for counting failures per address
 */
@Validated
@ConfigurationProperties("housingfirst.security")
public record SecurityProperties(@NotNull Duration absoluteSessionLifetime, @Min(1) int lockoutThreshold,
		@Min(1) int lockoutMaxMinutes, @Min(1) int sourceFailureLimit, @NotNull Duration sourceWindow) {
}
