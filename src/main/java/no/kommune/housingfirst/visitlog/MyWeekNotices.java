package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.NoticeQuery;
import no.kommune.housingfirst.participant.NoticeRows;
import no.kommune.housingfirst.participant.ParticipantNotice;

/**
 * Implemented by downstream modules: Min uke shows these per row. A provider names the
 * queries it needs for the whole caseload ({@link NoticeQuery}); Min uke runs all
 * providers' queries in one statement, so the page costs the same whatever its size and
 * whatever the number of providers; participants without notices may be left out of the
 * map.
 */
public interface MyWeekNotices {

	/** What this provider reads for the caseload's notices. */
	List<NoticeQuery<?>> queriesFor(Collection<Long> participantIds, LocalDate today);

	/**
	 * The notices by participant, from the rows of the queries {@link #queriesFor} named.
	 */
	Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today, NoticeRows rows);

}
