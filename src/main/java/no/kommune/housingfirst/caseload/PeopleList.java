package no.kommune.housingfirst.caseload;

import java.time.LocalDate;

import no.kommune.housingfirst.participant.ExitReason;

import org.springframework.data.domain.Page;

/**
 * The participants behind one number of the dashboard, a page at a time, with what the
 * page says about the choice: the measure, its months or exit reason, the period, and the
 * section, team and caseworker by name (null: all the leader leads). {@code flag} answers
 * the measure's yes/no question ({@link DrillDown#flagKey()}), where it has one.
 */
public record PeopleList(DrillDown measure, Integer months, ExitReason reason, CaseloadFilter filter, LocalDate from,
		LocalDate to, String section, String team, String caseworker, Page<Person> people) {

	/** One participant on the list. */
	public record Person(long id, String name, String teamName, String caseworkerName, Boolean flag) {
	}

	public boolean flagged() {
		return this.measure.flagKey() != null;
	}

}
