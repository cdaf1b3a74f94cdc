package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by downstream modules; the participant page shows every bean's notices. A
 * provider names the queries it needs ({@link NoticeQuery}); the page runs all providers'
 * queries in one statement and hands each provider its rows. A provider is asked only
 * after the page has found the participant visible to the user (caseworkers and section
 * leaders of the team).
 */
public interface ParticipantNotices {

	/** What this provider reads for the participant's notices. */
	List<NoticeQuery<?>> queriesFor(long participantId, LocalDate today);

	/** The notices, from the rows of the queries {@link #queriesFor} named. */
	List<ParticipantNotice> noticesFor(long participantId, LocalDate today, NoticeRows rows);

}
