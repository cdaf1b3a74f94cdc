package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a caseworker records about one visit. The smallest valid visit is a date, a kind
 * and whether contact was made.
 */
public record VisitDetails(LocalDate date, VisitKind kind, boolean contact, Integer durationMinutes,
		HomeCondition homeCondition, Set<Concern> concerns, Set<PracticalHelp> help, boolean healthCareDeclined,
		String note) {

	public VisitDetails {
		concerns = (homeCondition == HomeCondition.NEEDS_ATTENTION && concerns != null) ? Set.copyOf(concerns)
				: Set.of();
		help = (help == null) ? Set.of() : Set.copyOf(help);
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/** Date, kind and contact: what a visit logged in three taps holds. */
	public static VisitDetails minimal(LocalDate date, VisitKind kind, boolean contact) {
		return new VisitDetails(date, kind, contact, null, null, Set.of(), Set.of(), false, null);
	}

}
