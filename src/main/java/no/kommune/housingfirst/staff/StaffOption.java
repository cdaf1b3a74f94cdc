package no.kommune.housingfirst.staff;

import java.util.Set;

/** A caseworker as a choice in a form: who, and which teams they belong to. */
public record StaffOption(long id, String fullName, Set<Long> teamIds) {
}
