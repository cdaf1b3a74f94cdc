package no.kommune.housingfirst.participant;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One period of restricted processing as the section leader sees it: when, by whom and on
 * what ground; once lifted, when, by whom and why (null while it goes on).
 */
public record RestrictionPeriod(LocalDateTime restrictedAt, String restrictedBy, String ground, LocalDateTime liftedAt,
		String liftedBy, String liftReason, Instant from, Instant until) {

	public boolean open() {
		return this.liftedAt == null;
	}

	/** Whether something that happened at this instant happened during the period. */
	public boolean covers(Instant at) {
		return !at.isBefore(this.from) && (this.until == null || at.isBefore(this.until));
	}

}
