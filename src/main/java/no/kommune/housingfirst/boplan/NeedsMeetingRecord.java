package no.kommune.housingfirst.boplan;

import java.time.LocalDate;

/** A "hva trengs nå?" meeting: when, who took part, what came out of it. */
public record NeedsMeetingRecord(LocalDate heldOn, String attendees, String outcome) {
}
