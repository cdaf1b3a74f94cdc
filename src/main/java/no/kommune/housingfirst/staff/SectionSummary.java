package no.kommune.housingfirst.staff;

/** A section as other modules and lists see it. */
public record SectionSummary(long id, String name) {
}
