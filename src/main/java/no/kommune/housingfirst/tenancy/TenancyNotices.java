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

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * On the participant page and Min uke: each complaint past its response deadline, and a
 * tenancy at risk with its reasons in words. Both pages ask only for participants they
 * found visible to the user (caseworkers and section leaders); three queries (the
 * complaints, the early warning's signs and FIT's standings, shared with the FIT
 * notices), run with the page's other notices in one statement whatever the caseload.
 */
@Component
class TenancyNotices implements ParticipantNotices, MyWeekNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final RiskQueries risks;

	private final TenancyEventProperties limits;

	TenancyNotices(RiskQueries risks, TenancyEventProperties limits) {
		this.risks = risks;
		this.limits = limits;
	}

	@Override
	public List<NoticeQuery<?>> queriesFor(long participantId, LocalDate today) {
		return queriesFor(List.of(participantId), today);
	}

	@Override
	public List<ParticipantNotice> noticesFor(long participantId, LocalDate today, NoticeRows rows) {
		return noticesFor(List.of(participantId), today, rows).getOrDefault(participantId, List.of());
	}

	@Override
	public List<NoticeQuery<?>> queriesFor(Collection<Long> participantIds, LocalDate today) {
		List<NoticeQuery<?>> queries = new ArrayList<>();
		queries.add(overdueQuery(participantIds, today));
		queries.addAll(this.risks.queries(participantIds, today));
		return queries;
	}

	@Override
	public Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today,
			NoticeRows rows) {
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		for (Overdue overdue : rows.of(overdueQuery(participantIds, today))) {
			long id = overdue.participantId();
			notices.computeIfAbsent(id, (k) -> new ArrayList<>())
				.add(new ParticipantNotice("tenancy.notice.overdue",
						List.of(new DefaultMessageSourceResolvable("EventSource." + overdue.source()),
								DAY.format(overdue.occurredOn()), DAY.format(overdue.respondBy())),
						"/participants/" + id + "/tenancy-events/" + overdue.id(), ParticipantNotice.Tone.WARNING));
		}
		this.risks.ofParticipants(participantIds, today, rows).forEach((id, risk) -> {
			if (risk.atRisk()) {
				notices.computeIfAbsent(id, (k) -> new ArrayList<>())
					.add(new ParticipantNotice("tenancy.notice.atRisk",
							List.of(this.limits.riskWindowDays(), reasons(risk, this.limits.riskWindowDays())),
							"/participants/" + id + "/tenancy-events", ParticipantNotice.Tone.WARNING));
			}
		});
		return notices;
	}

	private static NoticeQuery<Overdue> overdueQuery(Collection<Long> participantIds, LocalDate today) {
		return new NoticeQuery<>("""
				SELECT id, participant_id, source, occurred_on, respond_by FROM tenancy_event
				WHERE participant_id IN (:ids) AND kind = 'COMPLAINT' AND answered_on IS NULL AND respond_by < :today
				ORDER BY respond_by, id""", Map.of("ids", participantIds, "today", today), Overdue.class);
	}

	/** A complaint not answered by its deadline. */
	record Overdue(long id, long participantId, String source, LocalDate occurredOn, LocalDate respondBy) {
	}

	/**
	 * The reasons in words, joined by the message {@code tenancy.reasons.<n>}: each
	 * reason is resolved in the reader's language when the notice is shown.
	 */
	static MessageSourceResolvable reasons(TenancyRisk risk, int windowDays) {
		Object[] words = risk.reasons()
			.stream()
			.map((r) -> new DefaultMessageSourceResolvable(new String[] { r.messageKey() },
					new Object[] { r.count(), windowDays }))
			.toArray();
		return new DefaultMessageSourceResolvable(new String[] { "tenancy.reasons." + words.length }, words);
	}

}
