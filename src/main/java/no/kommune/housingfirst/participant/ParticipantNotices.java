package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by downstream modules; the participant page shows every bean's notices. A
 * provider answers with one query, and is asked only after the page has found the
 * participant visible to the user (caseworkers and section leaders of the team).
 */
public interface ParticipantNotices {

	List<ParticipantNotice> noticesFor(long participantId, LocalDate today);

}
