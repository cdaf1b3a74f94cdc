package no.kommune.housingfirst.visitlog;

import java.util.List;

/**
 * One ISO week of a participant's follow-up: its visits, whether one had contact, and
 * whether any found the home needing attention. Voided visits are listed but count for
 * nothing: a week with no other visit is a gap.
 */
public record WeekOfVisits(IsoWeek week, List<VisitSummary> visits) {

	public boolean gap() {
		return this.visits.stream().allMatch(VisitSummary::voided);
	}

	public boolean visitedWithContact() {
		return this.visits.stream().anyMatch((visit) -> !visit.voided() && visit.details().contact());
	}

	public boolean homeNeedsAttention() {
		return this.visits.stream()
			.anyMatch((visit) -> !visit.voided() && visit.details().homeCondition() == HomeCondition.NEEDS_ATTENTION);
	}

	/** A visit in the history list. */
	public record VisitSummary(long id, VisitDetails details, boolean corrected, boolean voided) {
	}

}
