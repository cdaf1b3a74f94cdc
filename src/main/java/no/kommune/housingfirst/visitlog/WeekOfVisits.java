package no.kommune.housingfirst.visitlog;

import java.util.List;

/**
 * One ISO week of a participant's follow-up: its visits, whether one had contact, and
 * whether any found the home needing attention. A week without visits is a gap.
 */
public record WeekOfVisits(IsoWeek week, List<VisitSummary> visits) {

	public boolean gap() {
		return this.visits.isEmpty();
	}

	public boolean visitedWithContact() {
		return this.visits.stream().anyMatch((visit) -> visit.details().contact());
	}

	public boolean homeNeedsAttention() {
		return this.visits.stream()
			.anyMatch((visit) -> visit.details().homeCondition() == HomeCondition.NEEDS_ATTENTION);
	}

	/** A visit in the history list. */
	public record VisitSummary(long id, VisitDetails details, boolean corrected) {
	}

}
