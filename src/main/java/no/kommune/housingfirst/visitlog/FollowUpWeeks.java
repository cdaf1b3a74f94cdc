package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
		if (cadence.isEmpty()) {
			// Weekly: every counted week after the contact's week is missed.
			IsoWeek from = (contactWeek != null && contactWeek.compareTo(first) >= 0) ? contactWeek.plus(1) : first;
			return Math.max(0, from.weeksUntil(lastCounted) + 1);
		}
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
	 * Each participant's weeks with contact as bits: bit i set when the i-th week from
	 * {@code first} had a visit with contact. What the compliance query reads from the
	 * weekly roll-ups; one number per participant instead of a set of participant-weeks.
	 */
	public record ContactBits(IsoWeek first, Map<Long, Long> bits) {

		/** The most weeks one participant's bits can hold. */
		public static final int SPAN = Long.SIZE;

		/**
		 * The same contacts as bits from {@code first}; those before it, or more than
		 * {@link #SPAN} weeks after it, are left out (no week counted can reach them).
		 */
		static ContactBits of(Set<ContactWeek> contacts, IsoWeek first) {
			Map<Long, Long> bits = new HashMap<>();
			for (ContactWeek contact : contacts) {
				long index = first.weeksUntil(contact.week());
				if (index >= 0 && index < SPAN) {
					bits.merge(contact.participantId(), 1L << index, (a, b) -> a | b);
				}
			}
			return new ContactBits(first, bits);
		}

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
		int reach = cadences.values().stream().flatMap(List::stream).mapToInt(CadencePeriod::weeks).max().orElse(1);
		if (weeks.isEmpty()) {
			return compliance(participants, new ContactBits(IsoWeek.of(LocalDate.EPOCH), Map.of()), weeks, group,
					cadences);
		}
		return compliance(participants, ContactBits.of(contacts, weeks.get(0).plus(-(reach - 1))), weeks, group,
				cadences);
	}

	/**
	 * As {@link #compliance(List, Set, List, Function, Map)}, with the contacts as bits
	 * (from at least the longest cadence before the first week, and through the last
	 * week): a few operations per participant and week, for a section of thousands.
	 */
	public static <K> Map<K, List<Cell>> compliance(List<ActiveParticipant> participants, ContactBits contacts,
			List<IsoWeek> weeks, Function<ActiveParticipant, K> group, Map<Long, List<CadencePeriod>> cadences) {
		int size = weeks.size();
		int[] index = new int[size];
		LocalDate[] mondays = new LocalDate[size];
		LocalDate[] sundays = new LocalDate[size];
		for (int i = 0; i < size; i++) {
			long at = contacts.first().weeksUntil(weeks.get(i));
			if (at < 0 || at >= ContactBits.SPAN) {
				throw new IllegalArgumentException("Week " + weeks.get(i) + " outside the contacts' weeks");
			}
			index[i] = (int) at;
			mondays[i] = weeks.get(i).monday();
			sundays[i] = mondays[i].plusDays(6);
		}
		Map<K, int[][]> counts = new LinkedHashMap<>();
		for (ActiveParticipant participant : participants) {
			int[][] cells = counts.computeIfAbsent(group.apply(participant), (key) -> new int[2][size]);
			List<CadencePeriod> cadence = cadences.getOrDefault(participant.id(), List.of());
			long bits = contacts.bits().getOrDefault(participant.id(), 0L);
			for (int i = 0; i < size; i++) {
				if (participant.activeThroughout(mondays[i], sundays[i])) {
					int interval = cadence.isEmpty() ? 1 : CadencePeriod.weeksIn(cadence, weeks.get(i));
					// The week itself and the interval's weeks before it, never
					// before the first week the bits hold.
					int from = Math.max(0, index[i] - interval + 1);
					int length = index[i] - from + 1;
					long window = (bits >>> from) & ((length == Long.SIZE) ? -1L : (1L << length) - 1);
					cells[0][i]++;
					if (window != 0) {
						cells[1][i]++;
					}
				}
			}
		}
		Map<K, List<Cell>> table = new LinkedHashMap<>();
		counts.forEach((key, cells) -> {
			List<Cell> row = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				row.add(new Cell(cells[0][i], cells[1][i]));
			}
			table.put(key, row);
		});
		return table;
	}

}
