package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/** A participant the retention job would erase now: who, which team, exited when. */
public record ErasureCandidate(long id, String fullName, long teamId, String teamName, LocalDate exitedOn) {
}
