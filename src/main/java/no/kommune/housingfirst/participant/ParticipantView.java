package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * The participant page: header, case content and the status history.
 *
 * @param daysToHousing days from inclusion to the first move-in (DOMAIN §3.6); null until
 * the participant has been housed
 * @param home the home of their own they live in now; null when they are not housed
 * @param restrictions the periods of restricted processing, newest first; only for the
 * section leader who may lift a restriction (empty for everyone else)
 */
public record ParticipantView(ParticipantHeader header, ParticipantDetails details, LocalDate exitedOn,
		ExitReason exitReason, int version, List<StatusLine> history, Long daysToHousing, CurrentHomes.Home home,
		List<ChangeLine> changes, List<RestrictionPeriod> restrictions) {

	/** The restriction that goes on, for the banner; null when none. */
	public RestrictionPeriod currentRestriction() {
		return this.restrictions.stream().filter(RestrictionPeriod::open).findFirst().orElse(null);
	}

	/**
	 * One change of the record: when, by whom, which field, old and new value in words,
	 * and for a reassignment why.
	 */
	public record ChangeLine(java.time.LocalDateTime at, String by, String field, String from, String to,
			String reason) {
	}

	/** Follow-up can start again after an exit, but not after a death. */
	public boolean mayReopen() {
		return this.exitReason != null && this.exitReason != ExitReason.DECEASED;
	}

	/** One line of the status history, with who made the change. */
	public record StatusLine(LocalDate effectiveOn, ParticipantStatus from, ParticipantStatus to, String reason,
			String changedBy) {
	}

}
