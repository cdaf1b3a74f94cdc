package no.kommune.housingfirst.tenancy;

import java.util.ArrayList;
import java.util.List;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.HomeNote;
import no.kommune.housingfirst.staff.HomeNotes;

import org.springframework.stereotype.Component;

/**
 * On a caseworker's home page: how many complaints of their participants are past the
 * response deadline and how many of their tenancies are at risk (Min uke names them). On
 * a section leader's: the same counted over the section.
 */
@Component
class TenancyHomeNotes implements HomeNotes {

	private final TenancyMeasures measures;

	TenancyHomeNotes(TenancyMeasures measures) {
		this.measures = measures;
	}

	@Override
	public List<HomeNote> notesFor(CurrentUser user) {
		List<HomeNote> notes = new ArrayList<>();
		if (user.hasRole(Role.CASEWORKER)) {
			add(notes, this.measures.ownCaseload(user), "tenancy.home.own.", "/my-week");
		}
		if (user.hasRole(Role.SECTION_LEADER)) {
			int overdue = 0;
			int atRisk = 0;
			for (TenancyMeasures.Counts team : this.measures.perTeam(user)) {
				overdue += team.overdueComplaints();
				atRisk += team.atRisk();
			}
			add(notes, new TenancyMeasures.Counts(0, overdue, atRisk), "tenancy.home.section.", "/participants");
		}
		return notes;
	}

	private static void add(List<HomeNote> notes, TenancyMeasures.Counts counts, String prefix, String href) {
		if (counts.overdueComplaints() > 0) {
			notes.add(new HomeNote(prefix + "overdue", List.of(counts.overdueComplaints()), href));
		}
		if (counts.atRisk() > 0) {
			notes.add(new HomeNote(prefix + "atRisk", List.of(counts.atRisk()), href));
		}
	}

}
