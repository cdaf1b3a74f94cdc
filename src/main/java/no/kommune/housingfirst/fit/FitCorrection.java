package no.kommune.housingfirst.fit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One corrected field of a session: who, when, old → new. Written once, never changed.
 */
@Entity
@Table(name = "fit_correction")
class FitCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sessionId;

	@CreationTimestamp
	@Column(updatable = false)
	private Instant correctedAt;

	private long correctedBy;

	private String field;

	private String oldValue;

	private String newValue;

	protected FitCorrection() {
	}

	FitCorrection(long sessionId, long correctedBy, FitSession.Change change) {
		this.sessionId = sessionId;
		this.correctedBy = correctedBy;
		this.field = change.field();
		this.oldValue = change.from();
		this.newValue = change.to();
	}

	Instant getCorrectedAt() {
		return this.correctedAt;
	}

	long getCorrectedBy() {
		return this.correctedBy;
	}

	String getField() {
		return this.field;
	}

	String getOldValue() {
		return this.oldValue;
	}

	String getNewValue() {
		return this.newValue;
	}

}
