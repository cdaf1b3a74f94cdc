package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * The FIT tab: the sessions (newest last, as on the graph), the graph, the alerts that
 * hold today, and the thresholds the page names.
 */
public record FitOverview(ParticipantHeader header, List<SessionLine> sessions, FitChart chart, List<FitAlert> alerts,
		FitProperties limits) {

	/** One session in the table beside the graph. */
	public record SessionLine(long id, LocalDate date, BigDecimal orsTotal, BigDecimal srsTotal, Long visitId,
			boolean corrected, boolean clinical, boolean belowAlliance) {
	}

}
