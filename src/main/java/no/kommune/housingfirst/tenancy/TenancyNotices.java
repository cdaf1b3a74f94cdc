package no.kommune.housingfirst.tenancy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.participant.ParticipantNotice;
import no.kommune.housingfirst.participant.ParticipantNotices;
import no.kommune.housingfirst.visitlog.MyWeekNotices;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the participant page and Min uke: each complaint past its response deadline, and a
 * tenancy at risk with its reasons in words. Both pages ask only for participants they
 * found visible to the user (caseworkers and section leaders); two statements (plus one
 * for FIT) whatever the caseload.
 */
@Component
@Transactional(readOnly = true)
class TenancyNotices implements ParticipantNotices, MyWeekNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final NamedParameterJdbcTemplate jdbc;

	private final RiskQueries risks;

	private final TenancyEventProperties limits;

	TenancyNotices(NamedParameterJdbcTemplate jdbc, RiskQueries risks, TenancyEventProperties limits) {
		this.jdbc = jdbc;
		this.risks = risks;
		this.limits = limits;
	}

	@Override
	public List<ParticipantNotice> noticesFor(long participantId, LocalDate today) {
		return noticesFor(List.of(participantId), today).getOrDefault(participantId, List.of());
	}

	@Override
	public Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today) {
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		if (participantIds.isEmpty()) {
			return notices;
		}
		this.jdbc.query("""
				SELECT id, participant_id, source, occurred_on, respond_by FROM tenancy_event
				WHERE participant_id IN (:ids) AND kind = 'COMPLAINT' AND answered_on IS NULL AND respond_by < :today
				ORDER BY respond_by, id""", new MapSqlParameterSource("ids", participantIds).addValue("today", today),
				(rs) -> {
					long id = rs.getLong("participant_id");
					notices.computeIfAbsent(id, (k) -> new ArrayList<>())
						.add(new ParticipantNotice("tenancy.notice.overdue",
								List.of(new DefaultMessageSourceResolvable("EventSource." + rs.getString("source")),
										DAY.format(rs.getObject("occurred_on", LocalDate.class)),
										DAY.format(rs.getObject("respond_by", LocalDate.class))),
								"/participants/" + id + "/tenancy-events/" + rs.getLong("id"),
								ParticipantNotice.Tone.WARNING));
				});
		this.risks.ofParticipants(participantIds, today).forEach((id, risk) -> {
			if (risk.atRisk()) {
				notices.computeIfAbsent(id, (k) -> new ArrayList<>())
					.add(new ParticipantNotice("tenancy.notice.atRisk",
							List.of(this.limits.riskWindowDays(), reasons(risk, this.limits.riskWindowDays())),
							"/participants/" + id + "/tenancy-events", ParticipantNotice.Tone.WARNING));
			}
		});
		return notices;
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
