package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.Map;

/**
 * The erasure-on-request page: the participant, whether they may be erased now (only
 * after exit, and once), when the retention job would erase them anyway, and what would
 * go.
 *
 * @param erasedOn the day they were erased, or null
 * @param dueOn the first day the retention job erases them (null while active)
 */
public record ErasureRequestView(long id, String fullName, String teamName, ParticipantStatus status,
		LocalDate exitedOn, LocalDate erasedOn, LocalDate dueOn, Map<String, Integer> counts) {

	public boolean active() {
		return this.status != ParticipantStatus.EXITED;
	}

	public boolean erased() {
		return this.erasedOn != null;
	}

	public boolean mayErase() {
		return !active() && !erased();
	}

}
