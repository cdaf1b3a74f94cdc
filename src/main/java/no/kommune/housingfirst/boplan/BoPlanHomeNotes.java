package no.kommune.housingfirst.boplan;

import java.util.ArrayList;
import java.util.List;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.HomeNote;
import no.kommune.housingfirst.staff.HomeNotes;

import org.springframework.stereotype.Component;

/**
 * On a caseworker's home page: how many of their participants have no bo-plan, a plan
 * past its review date, or a "hva trengs nå?" meeting due (Min uke names them). On a
 * section leader's: the same counted over the section.
 */
@Component
class BoPlanHomeNotes implements HomeNotes {

	private final BoPlanMeasures measures;

	BoPlanHomeNotes(BoPlanMeasures measures) {
		this.measures = measures;
	}

	@Override
	public List<HomeNote> notesFor(CurrentUser user) {
		List<HomeNote> notes = new ArrayList<>();
		if (user.hasRole(Role.CASEWORKER)) {
			add(notes, this.measures.ownCaseload(user), "boplan.home.own.", "/my-week");
		}
		if (user.hasRole(Role.SECTION_LEADER)) {
			int[] total = new int[3];
			for (BoPlanMeasures.Counts team : this.measures.perTeam(user)) {
				total[0] += team.withoutPlan();
				total[1] += team.reviewOverdue();
				total[2] += team.meetingsDue();
			}
			add(notes, new BoPlanMeasures.Counts(0, 0, total[0], total[1], total[2], 0), "boplan.home.section.",
					"/participants");
		}
		return notes;
	}

	private static void add(List<HomeNote> notes, BoPlanMeasures.Counts counts, String prefix, String href) {
		if (counts.withoutPlan() > 0) {
			notes.add(new HomeNote(prefix + "withoutPlan", List.of(counts.withoutPlan()), href));
		}
		if (counts.reviewOverdue() > 0) {
			notes.add(new HomeNote(prefix + "reviewOverdue", List.of(counts.reviewOverdue()), href));
		}
		if (counts.meetingsDue() > 0) {
			notes.add(new HomeNote(prefix + "meetingsDue", List.of(counts.meetingsDue()), href));
		}
	}

}
