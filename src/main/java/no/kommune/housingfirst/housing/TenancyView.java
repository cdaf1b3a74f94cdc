package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/** A lease or purchase as the pages show it. Pages get this, never the entity. */
public record TenancyView(long id, TenancyKind kind, LocalDate startsOn, LeaseTerm term, LocalDate endsOn,
		Integer monthlyRentKroner, String landlord, Deposit deposit, boolean rentDeduction, LocalDate keysOn,
		LocalDate firstNightOn, LocalDate endedOn, TenancyEnd endReason, Boolean rehousing, int version,
		String whatWentWrong, no.kommune.housingfirst.participant.CurrentStay stayAfter, String stayAfterOther) {

	static TenancyView of(Tenancy t) {
		return new TenancyView(t.getId(), t.getKind(), t.getStartsOn(), t.getTerm(), t.getEndsOn(),
				t.getMonthlyRentKroner(), t.getLandlord(), t.getDeposit(), t.isRentDeduction(), t.getKeysOn(),
				t.getFirstNightOn(), t.getEndedOn(), t.getEndReason(), t.getRehousing(), t.getVersion(),
				t.getWhatWentWrong(), t.getStayAfter(), t.getStayAfterOther());
	}

	/**
	 * A lease (with rent, deposit and NAV's first rent), not a purchase with startlån.
	 */
	public boolean lease() {
		return this.kind == TenancyKind.LEASE;
	}

}
