package no.kommune.housingfirst.housing;

/**
 * A home rented on a lease, or bought with startlån. Labels: {@code TenancyKind.<NAME>}.
 */
public enum TenancyKind {

	LEASE, PURCHASE

}
