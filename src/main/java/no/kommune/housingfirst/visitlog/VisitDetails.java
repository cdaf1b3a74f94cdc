package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a caseworker records about one visit. The smallest valid visit is a date, a kind
 * and whether contact was made; without contact, also why ({@code noContactReason}, and
 * for {@link NoContactReason#OTHER} a few words in {@code noContactText}). {@link Visit}
 * checks these rules.
 */
public record VisitDetails(LocalDate date, VisitKind kind, boolean contact, NoContactReason noContactReason,
		String noContactText, Integer durationMinutes, HomeCondition homeCondition, Set<Concern> concerns,
		Set<PracticalHelp> help, boolean healthCareDeclined, String note) {

	public VisitDetails {
		noContactText = (noContactText == null || noContactText.isBlank()) ? null : noContactText.strip();
		concerns = (homeCondition == HomeCondition.NEEDS_ATTENTION && concerns != null) ? Set.copyOf(concerns)
				: Set.of();
		help = (help == null) ? Set.of() : Set.copyOf(help);
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/**
	 * Date, kind and contact: what a visit logged in three taps holds. Without contact it
	 * still needs a reason: use {@link #withoutContact}.
	 */
	public static VisitDetails minimal(LocalDate date, VisitKind kind, boolean contact) {
		return new VisitDetails(date, kind, contact, null, null, null, null, Set.of(), Set.of(), false, null);
	}

	/** An attempt without contact, and why. */
	public static VisitDetails withoutContact(LocalDate date, VisitKind kind, NoContactReason reason, String text) {
		return new VisitDetails(date, kind, false, reason, text, null, null, Set.of(), Set.of(), false, null);
	}

}
