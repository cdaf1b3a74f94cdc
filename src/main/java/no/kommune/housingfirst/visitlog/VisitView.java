package no.kommune.housingfirst.visitlog;

import java.time.Instant;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/** One visit with its correction history. */
public record VisitView(ParticipantHeader header, long id, int version, VisitDetails details, String createdBy,
		Instant createdAt, List<CorrectionLine> corrections) {

	/** One corrected field: when, by whom, old → new. */
	public record CorrectionLine(Instant at, String by, String field, String from, String to) {
	}

}
