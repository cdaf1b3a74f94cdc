package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.ParticipantNotice;

/**
 * Implemented by downstream modules: Min uke shows these per row. One query per provider
 * for the whole caseload, so the page costs the same whatever its size; participants
 * without notices may be left out of the map.
 */
public interface MyWeekNotices {

	Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today);

}
