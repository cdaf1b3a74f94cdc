package no.kommune.housingfirst.staff;

/** A team as other modules and lists see it. */
public record TeamSummary(long id, String name, long sectionId, String sectionName) {
}
