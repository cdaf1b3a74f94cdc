package no.kommune.housingfirst.housing;

/**
 * A district in a select: active ones are offered for new units; an inactive one only
 * appears where something already has it.
 */
public record DistrictChoice(String name, boolean active) {
}
