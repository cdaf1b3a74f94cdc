package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/** Command: include a new participant in a team, with their caseworkers. */
public record Inclusion(ParticipantDetails details, long teamId, long primaryCaseworkerId, Long secondaryCaseworkerId,
		LocalDate includedOn) {
}
