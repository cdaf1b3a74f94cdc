package no.kommune.housingfirst.visitlog;

import java.time.Instant;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/**
 * One visit with its correction history, and when it was voided, who voided it and why
 * ({@code voiding} null: it counts).
 */
public record VisitView(ParticipantHeader header, long id, int version, VisitDetails details, String createdBy,
		Instant createdAt, List<CorrectionLine> corrections, Voiding voiding) {

	public boolean voided() {
		return this.voiding != null;
	}

	/** One corrected field: when, by whom, old → new. */
	public record CorrectionLine(Instant at, String by, String field, String from, String to) {
	}

	/** The void: when, by whom, why, and the comment if any. */
	public record Voiding(Instant at, String by, VoidReason reason, String comment) {
	}

}
