package no.kommune.housingfirst.shared.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Login protection settings (see {@link LoginThrottle}).
 *
 * @param absoluteSessionLifetime a session ends this long after login, however active
 * @param lockoutThreshold failed logins in a row before an account is locked for a while
 * @param lockoutMaxMinutes the longest lock; each further failure doubles it up to this
 * @param pairFailureLimit failed logins on one username from one address within the
 * window before that username is refused from that address
 * @param sprayThreshold distinct unknown usernames from one address within the window
 * before every login from that address is slowed down
 * @param throttleWindow the window for counting failures per address
 * @param delayBase the first delay for a spraying address; it doubles with each further
 * unknown username
 * @param delayMax the longest delay
 */
@Validated
@ConfigurationProperties("housingfirst.security")
public record SecurityProperties(@NotNull Duration absoluteSessionLifetime, @Min(1) int lockoutThreshold,
		@Min(1) int lockoutMaxMinutes, @Min(1) int pairFailureLimit, @Min(1) int sprayThreshold,
		@NotNull Duration throttleWindow, @NotNull Duration delayBase, @NotNull Duration delayMax) {
}
