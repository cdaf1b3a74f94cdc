package no.kommune.housingfirst.boplan;

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

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the participant page and Min uke: no bo-plan yet, a plan past its review date, a
 * "hva trengs nå?" meeting due. Two statements per page whatever the caseload; both pages
 * ask only for participants they found visible to the user.
 */
@Component
@Transactional(readOnly = true)
class BoPlanNotices implements ParticipantNotices, MyWeekNotices {

	/** Dates as the pages show them. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final PlanFollowUp followUp;

	BoPlanNotices(PlanFollowUp followUp) {
		this.followUp = followUp;
	}

	@Override
	public List<ParticipantNotice> noticesFor(long participantId, LocalDate today) {
		return noticesFor(List.of(participantId), today).getOrDefault(participantId, List.of());
	}

	@Override
	public Map<Long, List<ParticipantNotice>> noticesFor(Collection<Long> participantIds, LocalDate today) {
		Map<Long, List<ParticipantNotice>> notices = new HashMap<>();
		this.followUp.of(participantIds).forEach((id, state) -> {
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
