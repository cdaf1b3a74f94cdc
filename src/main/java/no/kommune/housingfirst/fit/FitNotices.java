package no.kommune.housingfirst.fit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.NoticeQuery;
import no.kommune.housingfirst.participant.NoticeRows;
import no.kommune.housingfirst.participant.ParticipantNotice;
import no.kommune.housingfirst.participant.ParticipantNotices;
import no.kommune.housingfirst.visitlog.MyWeekNotices;

import org.springframework.stereotype.Component;

/**
 * The FIT alerts on the participant page and on Min uke: one query, run with the page's
 * other notices in one statement. Both pages are for caseworkers and section leaders
 * only, and ask after they have found the participants visible to the user.
 */
@Component
class FitNotices implements ParticipantNotices, MyWeekNotices {

	private final FitProperties limits;

	FitNotices(FitProperties limits) {
		this.limits = limits;
	}

	@Override
	public List<NoticeQuery<?>> queriesFor(long participantId, LocalDate today) {
		return List.of(FitQueries.standingsQuery(List.of(participantId)));
	}

	@Override
	public List<ParticipantNotice> noticesFor(long participantId, LocalDate today, NoticeRows rows) {
		return noticesFor(List.of(participantId), today, rows).getOrDefault(participantId, List.of());
	}

	@Override
	public List<NoticeQuery<?>> queriesFor(Collection<Long> participantIds, LocalDate today) {
		return List.of(FitQueries.standingsQuery(participantIds));
	}

	@Override
	public Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today,
			NoticeRows rows) {
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		FitQueries.standings(rows.of(FitQueries.standingsQuery(participantIds))).forEach((id, standing) -> {
			List<ParticipantNotice> found = FitAlert.of(standing, today, this.limits)
				.stream()
				.map((alert) -> alert.notice(id))
				.toList();
			if (!found.isEmpty()) {
				notices.put(id, found);
			}
		});
		return notices;
	}

}
