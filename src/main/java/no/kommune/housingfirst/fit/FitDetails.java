package no.kommune.housingfirst.fit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a session records: its date, the visit it belongs to (if any), and the ORS before
 * and the SRS after; either scale may be missing, not both.
 */
public record FitDetails(LocalDate date, Long visitId, ScaleScores ors, ScaleScores srs) {

	public ScaleScores scale(FitItem.Scale scale) {
		return (scale == FitItem.Scale.ORS) ? this.ors : this.srs;
	}

	/** The item's score; null when its scale was not given. */
	public BigDecimal score(FitItem item) {
		ScaleScores scores = scale(item.scale());
		return (scores != null) ? scores.item(item.index()) : null;
	}

	public BigDecimal orsTotal() {
		return (this.ors != null) ? this.ors.total() : null;
	}

	public BigDecimal srsTotal() {
		return (this.srs != null) ? this.srs.total() : null;
	}

}
