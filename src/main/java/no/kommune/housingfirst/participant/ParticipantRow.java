package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/**
 * One line of a caseload list. {@code mine}: the user is this participant's caseworker;
 * {@code restricted}: processing is restricted (only a section leader sees such a line).
 */
public record ParticipantRow(long id, String fullName, LocalDate birthDate, int age, ParticipantStatus status,
		LocalDate includedOn, String teamName, String primaryCaseworkerName, boolean mine, boolean restricted) {
}
