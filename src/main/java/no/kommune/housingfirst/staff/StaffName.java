package no.kommune.housingfirst.staff;

/** A person's name as lists show it, and whether they still have access. */
public record StaffName(long id, String fullName, boolean active) {
}
