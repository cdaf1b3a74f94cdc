package no.kommune.housingfirst.fit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.ParticipantNotice;
import no.kommune.housingfirst.participant.ParticipantNotices;
import no.kommune.housingfirst.visitlog.MyWeekNotices;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FIT alerts on the participant page and on Min uke: one statement per page. Both
 * pages are for caseworkers and section leaders only, and ask after they have found the
 * participants visible to the user.
 */
@Component
@Transactional(readOnly = true)
class FitNotices implements ParticipantNotices, MyWeekNotices {

	private final FitQueries queries;

	private final FitProperties limits;

	FitNotices(FitQueries queries, FitProperties limits) {
		this.queries = queries;
		this.limits = limits;
	}

	@Override
	public List<ParticipantNotice> noticesFor(long participantId, LocalDate today) {
		return noticesFor(List.of(participantId), today).getOrDefault(participantId, List.of());
	}

	@Override
	public Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today) {
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		this.queries.standings(participantIds).forEach((id, standing) -> {
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
