package no.kommune.housingfirst.housing;

/** Who does a task of the allocation meeting, and whether it is done. */
public record TaskAssignment(Party responsible, boolean done) {
}
