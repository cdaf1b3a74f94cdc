package no.kommune.housingfirst.tenancy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.NoticeQuery;
import no.kommune.housingfirst.participant.NoticeRows;
import no.kommune.housingfirst.participant.ParticipantNotice;
import no.kommune.housingfirst.participant.ParticipantNotices;
import no.kommune.housingfirst.visitlog.MyWeekNotices;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * On the participant page: a stay in a crisis place or temporary housing going on (since
 * when, where, days so far) and the stays together (how many, days in all); on Min uke:
 * only a crisis place going on. Both pages ask only for participants they found visible
 * to the user; one query, run with the page's other notices in one statement whatever the
 * caseload.
 */
@Component
class CrisisStayNotices implements ParticipantNotices, MyWeekNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Override
	public List<NoticeQuery<?>> queriesFor(long participantId, LocalDate today) {
		return List.of(CrisisStays.staysQuery(List.of(participantId)));
	}

	@Override
	public List<ParticipantNotice> noticesFor(long participantId, LocalDate today, NoticeRows rows) {
		List<CrisisStays.Stay> all = stays(rows, List.of(participantId), today);
		List<ParticipantNotice> notices = new ArrayList<>();
		all.stream().filter(CrisisStays.Stay::current).forEach((s) -> notices.add(current(s)));
		if (!all.isEmpty()) {
			notices.add(new ParticipantNotice("crisis.notice.total", List.of(all.size(), StayDays.total(all, today)),
					"/participants/" + participantId + "/crisis-stays", ParticipantNotice.Tone.INFO));
		}
		return notices;
	}

	@Override
	public List<NoticeQuery<?>> queriesFor(Collection<Long> participantIds, LocalDate today) {
		return List.of(CrisisStays.staysQuery(participantIds));
	}

	@Override
	public Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today,
			NoticeRows rows) {
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		stays(rows, participantIds, today).stream()
			.filter((s) -> s.current() && s.kind() == StayKind.CRISIS_PLACE)
			.forEach((s) -> notices.computeIfAbsent(s.participantId(), (k) -> new ArrayList<>()).add(current(s)));
		return notices;
	}

	private static List<CrisisStays.Stay> stays(NoticeRows rows, Collection<Long> participantIds, LocalDate today) {
		return rows.of(CrisisStays.staysQuery(participantIds)).stream().map((row) -> row.stay(today)).toList();
	}

	private static ParticipantNotice current(CrisisStays.Stay s) {
		return new ParticipantNotice("crisis.notice.current",
				List.of(new DefaultMessageSourceResolvable("StayKind." + s.kind().name()), DAY.format(s.fromOn()),
						s.place(), s.days()),
				"/participants/" + s.participantId() + "/crisis-stays", ParticipantNotice.Tone.WARNING);
	}

}
