package no.kommune.housingfirst.housing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One corrected field of a lease: who, when, old and new value in words. Written once.
 */
@Entity
@Table(name = "tenancy_correction")
class TenancyCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenancy_id")
	private long tenancyId;

	private Instant correctedAt;

	private long correctedBy;

	private String field;

	private String oldValue;

	private String newValue;

	protected TenancyCorrection() {
	}

	TenancyCorrection(long tenancyId, Instant at, long by, Tenancy.Change change) {
		this.tenancyId = tenancyId;
		this.correctedAt = at;
		this.correctedBy = by;
		this.field = change.field();
		this.oldValue = change.from();
		this.newValue = change.to();
	}

	Long getId() {
		return this.id;
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
