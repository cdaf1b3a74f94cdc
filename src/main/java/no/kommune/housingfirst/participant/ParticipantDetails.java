package no.kommune.housingfirst.participant;

import java.time.LocalDate;

/**
 * The case content a caseworker writes at inclusion and edits later. Never team,
 * caseworker or status: those change only through their own steps.
 */
public record ParticipantDetails(String fullName, LocalDate birthDate, String phone, CurrentStay currentStay,
		String currentStayOther, int monthsHomeless, GuardianNeed guardianNeed, boolean consentNav,
		boolean consentHousing, LocalDate consentDate, String practicalNotes) {
}
