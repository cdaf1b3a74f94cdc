package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Command: include a new participant in a team, with their caseworkers. The submission
 * key makes a double click or a retry include the person once.
 */
public record Inclusion(ParticipantDetails details, long teamId, long primaryCaseworkerId, Long secondaryCaseworkerId,
		LocalDate includedOn, UUID submissionKey) {
}
