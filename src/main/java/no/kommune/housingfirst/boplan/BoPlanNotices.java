package no.kommune.housingfirst.boplan;

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

import org.springframework.stereotype.Component;

/**
 * On the participant page and Min uke: no bo-plan yet, a plan past its review date, a
 * "hva trengs nå?" meeting due. Two queries, run with the page's other notices in one
 * statement whatever the caseload; both pages ask only for participants they found
 * visible to the user.
 */
@Component
class BoPlanNotices implements ParticipantNotices, MyWeekNotices {

	/** Dates as the pages show them. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final PlanFollowUp followUp;

	BoPlanNotices(PlanFollowUp followUp) {
		this.followUp = followUp;
	}

	@Override
	public List<NoticeQuery<?>> queriesFor(long participantId, LocalDate today) {
		return this.followUp.queries(List.of(participantId));
	}

	@Override
	public List<ParticipantNotice> noticesFor(long participantId, LocalDate today, NoticeRows rows) {
		return notices(this.followUp.of(List.of(participantId), rows), today).getOrDefault(participantId, List.of());
	}

	@Override
	public List<NoticeQuery<?>> queriesFor(Collection<Long> participantIds, LocalDate today) {
		return this.followUp.queries(participantIds);
	}

	@Override
	public Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today,
			NoticeRows rows) {
		return notices(this.followUp.of(participantIds, rows), today);
	}

	private static Map<Long, List<ParticipantNotice>> notices(Map<Long, PlanFollowUp.State> states, LocalDate today) {
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		states.forEach((id, state) -> {
			String href = "/participants/" + id + "/bo-plan";
			List<ParticipantNotice> found = new ArrayList<>();
			if (state.meetingDue()) {
				found.add(new ParticipantNotice("boplan.notice.meetingDue", List.of(DAY.format(state.declinedOn())),
						href, ParticipantNotice.Tone.WARNING));
			}
			if (state.withoutPlan()) {
				found.add(new ParticipantNotice("boplan.notice.withoutPlan", List.of(), href,
						ParticipantNotice.Tone.INFO));
			}
			else if (state.reviewOverdue(today)) {
				found.add(new ParticipantNotice("boplan.notice.reviewOverdue", List.of(DAY.format(state.reviewOn())),
						href, ParticipantNotice.Tone.WARNING));
			}
			if (!found.isEmpty()) {
				notices.put(id, found);
			}
		});
		return notices;
	}

}
