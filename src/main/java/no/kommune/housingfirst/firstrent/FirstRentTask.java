package no.kommune.housingfirst.firstrent;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.kommune.housingfirst.housing.LeaseSigned;

/**
 * NAV's task for a lease: pay (or note that the participant pays) the first rent, due on
 * the lease start. It is created here; the confirmation is written by
 * {@link FirstRentQueue} with one conditional UPDATE, so it happens exactly once.
 */
@Entity
@Table(name = "first_rent_task")
public class FirstRentTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long tenancyId;

	private long participantId;

	private LocalDate dueOn;

	@Column(insertable = false, updatable = false)
	private Instant confirmedAt;

	@Column(insertable = false, updatable = false)
	@Enumerated(EnumType.STRING)
	private RentPayer paidBy;

	@Column(insertable = false, updatable = false)
	private LocalDate paidOn;

	@Column(insertable = false, updatable = false)
	private Long amountOre;

	@Column(insertable = false, updatable = false)
	private String reference;

	@Column(insertable = false, updatable = false)
	private Boolean depositGuaranteeGiven;

	@Column(insertable = false, updatable = false)
	@Enumerated(EnumType.STRING)
	private EstablishmentGrant establishmentGrant;

	@Column(insertable = false, updatable = false)
	private Boolean rentDeductionSetUp;

	@Column(insertable = false, updatable = false)
	private LocalDate cancelledOn;

	protected FirstRentTask() {
	}

	FirstRentTask(LeaseSigned lease) {
		this.tenancyId = lease.tenancyId();
		this.participantId = lease.participantId();
		this.dueOn = lease.firstRentDue();
	}

	public Long getId() {
		return this.id;
	}

	public long getTenancyId() {
		return this.tenancyId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	public boolean isOverdue(LocalDate today) {
		return this.confirmedAt == null && this.cancelledOn == null && today.isAfter(this.dueOn);
	}

	/** Closed unconfirmed because the tenancy ended first. */
	public LocalDate getCancelledOn() {
		return this.cancelledOn;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public RentPayer getPaidBy() {
		return this.paidBy;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	public Long getAmountOre() {
		return this.amountOre;
	}

	/** The amount in kroner with øre as decimals, for showing; stored as whole øre. */
	public java.math.BigDecimal getAmountKroner() {
		return (this.amountOre == null) ? null : java.math.BigDecimal.valueOf(this.amountOre, 2);
	}

	public String getReference() {
		return this.reference;
	}

	public Boolean getDepositGuaranteeGiven() {
		return this.depositGuaranteeGiven;
	}

	public EstablishmentGrant getEstablishmentGrant() {
		return this.establishmentGrant;
	}

	public Boolean getRentDeductionSetUp() {
		return this.rentDeductionSetUp;
	}

}
