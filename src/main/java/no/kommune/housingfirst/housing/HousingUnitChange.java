package no.kommune.housingfirst.housing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.Immutable;

/**
 * One line of a unit's history: who changed which field when, old → new (values as the
 * unit stores them). Written once, never changed; the runtime role may not update or
 * delete it.
 */
@Entity
@Immutable
@Table(name = "housing_unit_change")
class HousingUnitChange {

	/** The first line of every history: the unit was registered. */
	static final String REGISTERED = "registered";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long unitId;

	/**
	 * The database's transaction time: every field changed by one save has the same, so
	 * the page can show a save's lines together, in the form's order.
	 */
	@Generated
	@Column(insertable = false, updatable = false)
	private Instant changedAt;

	private long changedBy;

	private String field;

	private String oldValue;

	private String newValue;

	protected HousingUnitChange() {
	}

	HousingUnitChange(long unitId, long changedBy, String field, String oldValue, String newValue) {
		this.unitId = unitId;
		this.changedBy = changedBy;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	long getChangedBy() {
		return this.changedBy;
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
