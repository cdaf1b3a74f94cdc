package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

/** A lease or purchase as the pages show it. Pages get this, never the entity. */
public record TenancyView(long id, TenancyKind kind, LocalDate startsOn, LeaseTerm term, LocalDate endsOn,
		Integer monthlyRentKroner, String landlord, Deposit deposit, boolean rentDeduction, LocalDate keysOn,
		LocalDate firstNightOn, LocalDate endedOn, TenancyEnd endReason, Boolean rehousing, int version,
		String whatWentWrong, no.kommune.housingfirst.participant.CurrentStay stayAfter, String stayAfterOther,
		List<Correction> corrections) {

	/** One corrected field of the lease: when, by whom, old and new in words. */
	public record Correction(java.time.Instant at, String by, String field, String from, String to) {
	}

	static TenancyView of(Tenancy t) {
		return of(t, java.util.Map.of());
	}

	/** With the lease's corrections, their authors named from {@code names}. */
	static TenancyView of(Tenancy t, java.util.Map<Long, String> names) {
		List<Correction> corrections = t.getCorrections()
			.stream()
			.map((c) -> new Correction(c.getCorrectedAt(), names.get(c.getCorrectedBy()), c.getField(), c.getOldValue(),
					c.getNewValue()))
			.toList();
		return new TenancyView(t.getId(), t.getKind(), t.getStartsOn(), t.getTerm(), t.getEndsOn(),
				t.getMonthlyRentKroner(), t.getLandlord(), t.getDeposit(), t.isRentDeduction(), t.getKeysOn(),
				t.getFirstNightOn(), t.getEndedOn(), t.getEndReason(), t.getRehousing(), t.getVersion(),
				t.getWhatWentWrong(), t.getStayAfter(), t.getStayAfterOther(), corrections);
	}

	/**
	 * A lease (with rent, deposit and NAV's first rent), not a purchase with startlån.
	 */
	/**
	 * As the housing service may see it (ADR 0008): not what went wrong nor where the
	 * person stays now (a hospital, an institution): those are the team's.
	 */
	public TenancyView forHousingService() {
		return new TenancyView(this.id, this.kind, this.startsOn, this.term, this.endsOn, this.monthlyRentKroner,
				this.landlord, this.deposit, this.rentDeduction, this.keysOn, this.firstNightOn, this.endedOn,
				this.endReason, this.rehousing, this.version, null, null, null, this.corrections);
	}

	public boolean lease() {
		return this.kind == TenancyKind.LEASE;
	}

}
