package no.kommune.housingfirst.housing;

import java.time.LocalDate;

/** Keys handed over and the first night slept in the home: the participant is housed. */
public record MovedIn(long tenancyId, long participantId, LocalDate keysOn, LocalDate firstNightOn) {
}
