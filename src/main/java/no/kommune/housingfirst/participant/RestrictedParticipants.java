package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The section leader's list of participants whose processing is restricted, in the
 * sections they lead: who, which team, since when, by whom and on what ground.
 */
public record RestrictedParticipants(List<Row> rows) {

	public record Row(long participantId, String fullName, LocalDate birthDate, String teamName,
			LocalDateTime restrictedAt, String restrictedBy, String ground) {
	}

}
