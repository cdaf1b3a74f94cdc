package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import no.kommune.housingfirst.participant.ParticipantHeader;

/** One session with its items, who recorded it, and its correction history. */
public record FitSessionView(ParticipantHeader header, long id, int version, FitDetails details, String createdBy,
		Instant createdAt, List<CorrectionLine> corrections) {

	/**
	 * One corrected field: when, by whom, which, old → new (dates as people write them,
	 * scores as stored, "7.5", and as numbers for showing them in the reader's language).
	 */
	public record CorrectionLine(Instant at, String by, String field, String from, String to) {

		public BigDecimal fromScore() {
			return score(this.from);
		}

		public BigDecimal toScore() {
			return score(this.to);
		}

		private BigDecimal score(String value) {
			boolean item = !"date".equals(this.field) && !"visit".equals(this.field);
			return (item && value != null) ? new BigDecimal(value) : null;
		}

	}

}
