package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import no.kommune.housingfirst.participant.ActiveParticipant;

/**
 * The follow-up measures, in one place (DOMAIN §6): a participant counts for an ISO week
 * when active for the whole week; the week is visited when at least one visit in it had
 * contact; attempts without contact do not count, nor do voided visits (the queries leave
 * them out). On a stepped-down cadence agreed in the bo-plan ({@link CadencePeriod}) the
 * weeks between visits count as followed up. Pure calculations on data the caller
 * fetched, so dashboards can reuse them and tests can check them by hand.
 */
public final class FollowUpWeeks {

	private FollowUpWeeks() {
	}

	/** A participant had a visit with contact in this week. */
	public record ContactWeek(long participantId, IsoWeek week) {
	}

	/**
	 * Active participants and how many of them were visited with contact, for one week.
	 */
	public record Cell(int active, int visited) {

		static final Cell EMPTY = new Cell(0, 0);

		Cell plus(boolean wasVisited) {
			return new Cell(this.active + 1, this.visited + (wasVisited ? 1 : 0));
		}

		/** Two groups' cells for the same week taken together. */
		public Cell plus(Cell other) {
			return new Cell(this.active + other.active, this.visited + other.visited);
		}

		/** Whole per cent, or null when nobody was active that week. */
		public Integer percent() {
			return (this.active == 0) ? null : Math.round(100f * this.visited / this.active);
		}

	}

	/**
	 * The first week a participant counts for: the inclusion week if included on its
	 * Monday.
	 */
	static IsoWeek firstCountedWeek(LocalDate includedOn) {
		IsoWeek week = IsoWeek.of(includedOn);
		return includedOn.equals(week.monday()) ? week : week.plus(1);
	}

	/**
	 * Completed weeks in a row, up to {@code asOf}, without a visit with contact, counted
	 * from the start of the current period of follow-up. A week not over yet is never
	 * missed.
	 */
	public static long weeksWithoutContact(LocalDate activeSince, LocalDate lastContact, IsoWeek asOf,
			LocalDate today) {
		return weeksWithoutContact(activeSince, lastContact, asOf, today, List.of());
	}

	/**
	 * As {@link #weeksWithoutContact(LocalDate, LocalDate, IsoWeek, LocalDate)}, with an
	 * agreed cadence: a week inside the cadence's interval after the last contact (the
	 * off week of a fortnightly cadence) is not missed; the weeks after it are.
	 */
	public static long weeksWithoutContact(LocalDate activeSince, LocalDate lastContact, IsoWeek asOf, LocalDate today,
			List<CadencePeriod> cadence) {
		// Only weeks that are over count as missed: never the current week, nor a later
		// one.
		IsoWeek lastComplete = IsoWeek.of(today).plus(-1);
		IsoWeek lastCounted = (asOf.compareTo(lastComplete) < 0) ? asOf : lastComplete;
		IsoWeek first = firstCountedWeek(activeSince);
		IsoWeek contactWeek = (lastContact != null) ? IsoWeek.of(lastContact) : null;
		long missed = 0;
		for (IsoWeek week = lastCounted; week.compareTo(first) >= 0; week = week.plus(-1)) {
			if (contactWeek != null && contactWeek.weeksUntil(week) < CadencePeriod.weeksIn(cadence, week)) {
				break;
			}
			missed++;
		}
		return missed;
	}

	/**
	 * Whether a participant was followed up as agreed in a week: a visit with contact in
	 * it, or, on a stepped-down cadence, in the weeks before it that the cadence allows.
	 */
	public static boolean followedUp(long participantId, IsoWeek week, Set<ContactWeek> contacts,
			List<CadencePeriod> cadence) {
		int weeks = CadencePeriod.weeksIn(cadence, week);
		for (int back = 0; back < weeks; back++) {
			if (contacts.contains(new ContactWeek(participantId, week.plus(-back)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Visit compliance per group (a team, a caseworker) and week: for each week, the
	 * participants active throughout it, and how many of them had a visit with contact.
	 */
	public static <K> Map<K, List<Cell>> compliance(List<ActiveParticipant> participants, Set<ContactWeek> contacts,
			List<IsoWeek> weeks, Function<ActiveParticipant, K> group) {
		return compliance(participants, contacts, weeks, group, Map.of());
	}

	/**
	 * As {@link #compliance(List, Set, List, Function)}, with the agreed cadences: a week
	 * counts as followed up when the cadence in force was kept (see {@link #followedUp}).
	 * Contacts must reach back as far as the longest cadence before the first week.
	 */
	public static <K> Map<K, List<Cell>> compliance(List<ActiveParticipant> participants, Set<ContactWeek> contacts,
			List<IsoWeek> weeks, Function<ActiveParticipant, K> group, Map<Long, List<CadencePeriod>> cadences) {
		Map<K, List<Cell>> table = new LinkedHashMap<>();
		List<LocalDate> mondays = weeks.stream().map(IsoWeek::monday).toList();
		for (ActiveParticipant participant : participants) {
			List<Cell> cells = table.computeIfAbsent(group.apply(participant),
					(key) -> new ArrayList<>(java.util.Collections.nCopies(weeks.size(), Cell.EMPTY)));
			List<CadencePeriod> cadence = cadences.getOrDefault(participant.id(), List.of());
			for (int i = 0; i < weeks.size(); i++) {
				IsoWeek week = weeks.get(i);
				if (participant.activeThroughout(mondays.get(i), mondays.get(i).plusDays(6))) {
					cells.set(i, cells.get(i).plus(followedUp(participant.id(), week, contacts, cadence)));
				}
			}
		}
		return table;
	}

}
