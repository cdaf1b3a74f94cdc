package no.kommune.housingfirst.housing;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One unit in an offer: the viewing, and the participant's answer. */
@Entity
@Table(name = "housing_offer_unit")
public class OfferedUnit {

	/** The participant's answer. Labels: {@code OfferedUnit.Answer.<NAME>}. */
	public enum Answer {

		CHOSEN, DECLINED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offer_id")
	private HousingOffer offer;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private HousingUnit unit;

	@Enumerated(EnumType.STRING)
	private UnitStatus statusBefore;

	private LocalDate viewingOn;

	private String viewingWith;

	@Enumerated(EnumType.STRING)
	private Answer answer;

	@Enumerated(EnumType.STRING)
	private DeclineReason declineReason;

	private LocalDate answeredOn;

	protected OfferedUnit() {
	}

	OfferedUnit(HousingOffer offer, HousingUnit unit) {
		this.offer = offer;
		this.unit = unit;
		this.statusBefore = unit.getStatus();
		unit.offer();
	}

	void viewed(LocalDate on, String with) {
		this.viewingOn = on;
		this.viewingWith = (with == null || with.isBlank()) ? null : with.strip();
	}

	void choose(LocalDate on) {
		this.answer = Answer.CHOSEN;
		this.answeredOn = on;
		this.unit.allocate();
	}

	void decline(DeclineReason reason, LocalDate on) {
		this.answer = Answer.DECLINED;
		this.declineReason = reason;
		this.answeredOn = on;
		this.unit.withdrawOffer(this.statusBefore);
	}

	/** Another unit was chosen: this one goes back unanswered. */
	void release() {
		if (this.answer == null) {
			this.unit.withdrawOffer(this.statusBefore);
		}
	}

	public HousingUnit getUnit() {
		return this.unit;
	}

	public Answer getAnswer() {
		return this.answer;
	}

	public DeclineReason getDeclineReason() {
		return this.declineReason;
	}

	public LocalDate getViewingOn() {
		return this.viewingOn;
	}

	public String getViewingWith() {
		return this.viewingWith;
	}

	public LocalDate getAnsweredOn() {
		return this.answeredOn;
	}

}
