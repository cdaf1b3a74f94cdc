package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/**
 * What a lease says (or, for a purchase with startlån, only the date). Rent in whole
 * kroner.
 */
public record LeaseTerms(TenancyKind kind, LocalDate startsOn, LeaseTerm term, LocalDate endsOn,
		Integer monthlyRentKroner, String landlord, Deposit deposit, boolean rentDeduction) {
}
