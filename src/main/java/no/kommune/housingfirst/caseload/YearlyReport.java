package no.kommune.housingfirst.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.staff.SectionSummary;

/**
 * The yearly report (årsrapport) for the municipality: aggregate figures only, for one
 * year and the leader's section(s). Any count from 1 to 4 is shown as "under 5", and no
 * share, median or average is worked out from fewer than 5 people, so nobody can be
 * recognised; where a single hidden exit reason could be worked out from the total and
 * the others, the next smallest is hidden too.
 */
public record YearlyReport(int year, List<Integer> years, List<SectionSummary> sections, Long sectionId,
		String sectionName, LocalDate from, LocalDate to, Count included, Count followedUp, Count activeAtEnd,
		Count housed, Double medianDays, Integer within42Percent, Integer within90Percent, Count rehousings,
		Double contactsPerParticipant, List<StabilityLine> stability, Count exitsTotal, List<ExitLine> exits) {

	/** Below this, a count is hidden and nothing is worked out from it. */
	public static final int SMALLEST_SHOWN = 5;

	/** A count as shown: hidden when it is 1 to 4 (0 can be shown: it is nobody). */
	public record Count(int value, boolean hidden) {

		static Count of(long value) {
			return new Count((int) value, value > 0 && value < SMALLEST_SHOWN);
		}

		static Count hide(Count count) {
			return new Count(count.value(), true);
		}

		/** What a table or file shows: the number, or null when hidden. */
		public Integer shown() {
			return this.hidden ? null : this.value;
		}

	}

	/**
	 * Among those whose first move-in is at least this many months before the report
	 * date, how many were in a home that long after it; the share only from 5 people.
	 */
	public record StabilityLine(int months, Count eligible, Count housed, Integer percent) {
	}

	/** Exits in the year for one reason. */
	public record ExitLine(ExitReason reason, Count count) {
	}

	/**
	 * A share in whole per cent, or null when the base is under {@link #SMALLEST_SHOWN}.
	 */
	static Integer percent(int part, int base) {
		return (base < SMALLEST_SHOWN) ? null : (int) Math.round(100.0 * part / base);
	}

	/**
	 * The exit lines with small counts hidden; when exactly one is hidden and the total
	 * is shown, the smallest other non-zero line is hidden with it (secondary
	 * suppression).
	 */
	static List<ExitLine> exits(List<ExitLine> counted, Count total) {
		List<ExitLine> lines = new ArrayList<>(counted.stream().filter((e) -> e.count().value() > 0).toList());
		long hidden = lines.stream().filter((e) -> e.count().hidden()).count();
		if (hidden == 1 && !total.hidden()) {
			lines.stream()
				.filter((e) -> !e.count().hidden())
				.min(Comparator.comparingInt((ExitLine e) -> e.count().value()))
				.ifPresent((smallest) -> lines.set(lines.indexOf(smallest),
						new ExitLine(smallest.reason(), Count.hide(smallest.count()))));
		}
		return List.copyOf(lines);
	}

	/** The report as tables for the XLSX file: hidden counts as the text "under 5". */
	public List<CaseloadTable> tables() {
		CaseloadTable.Label under5 = new CaseloadTable.Label("caseload.year.hidden", SMALLEST_SHOWN);
		List<List<Object>> key = List.of(row(label("caseload.year.included"), cell(this.included, under5)),
				row(label("caseload.year.followedUp"), cell(this.followedUp, under5)),
				row(label("caseload.year.activeAtEnd"), cell(this.activeAtEnd, under5)),
				row(label("caseload.year.housed"), cell(this.housed, under5)),
				row(label("caseload.year.medianDays"), this.medianDays),
				row(label("caseload.year.within42"), this.within42Percent),
				row(label("caseload.year.within90"), this.within90Percent),
				row(label("caseload.year.rehousings"), cell(this.rehousings, under5)),
				row(label("caseload.year.contactsPerParticipant"), this.contactsPerParticipant),
				row(label("caseload.year.exitsTotal"), cell(this.exitsTotal, under5)));
		List<List<Object>> stabilityRows = this.stability.stream()
			.map((s) -> row(s.months(), cell(s.eligible(), under5), cell(s.housed(), under5), s.percent()))
			.toList();
		List<List<Object>> exitRows = this.exits.stream()
			.map((e) -> row(label("ExitReason." + e.reason()), cell(e.count(), under5)))
			.toList();
		return List.of(
				new CaseloadTable("aar-nokkeltall", "caseload.year.keyFigures",
						List.of("caseload.export.measure", "caseload.export.value"), key),
				new CaseloadTable("aar-bostabilitet", "caseload.stability.title",
						List.of("caseload.export.months", "caseload.export.eligible", "caseload.stability.stillHoused",
								"caseload.export.percent"),
						stabilityRows),
				new CaseloadTable("aar-avslutninger", "caseload.exits.title",
						List.of("caseload.exits.reason", "caseload.exits.count"), exitRows));
	}

	private static Object cell(Count count, CaseloadTable.Label hidden) {
		return count.hidden() ? hidden : count.value();
	}

	private static CaseloadTable.Label label(String key) {
		return new CaseloadTable.Label(key);
	}

	private static List<Object> row(Object... values) {
		return java.util.Collections.unmodifiableList(Arrays.asList(values));
	}

}
