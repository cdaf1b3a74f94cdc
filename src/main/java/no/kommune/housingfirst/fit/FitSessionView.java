package no.kommune.housingfirst.fit;

import java.time.Instant;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/** One session with its items, who recorded it, and its correction history. */
public record FitSessionView(ParticipantHeader header, long id, int version, FitDetails details, String createdBy,
		Instant createdAt, List<CorrectionLine> corrections) {

	/** One corrected field: when, by whom, which, old → new (scores as stored, "7.5"). */
	public record CorrectionLine(Instant at, String by, String field, String from, String to) {
	}

}
