package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a participant's FIT series stands, as far as the alerts need it: the first and
 * latest ORS total, the latest and the previous SRS total (each among the sessions that
 * had that scale), the latest session, and whether (and since when) they are in
 * follow-up.
 */
public record FitStanding(BigDecimal firstOrs, BigDecimal latestOrs, BigDecimal latestSrs, BigDecimal previousSrs,
		LocalDate lastSession, LocalDate activeSince, boolean active) {

}
