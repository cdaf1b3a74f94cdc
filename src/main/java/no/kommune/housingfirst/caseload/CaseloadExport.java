package no.kommune.housingfirst.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import no.kommune.housingfirst.housing.HousingMeasures;
import no.kommune.housingfirst.staff.SectionSummary;
import no.kommune.housingfirst.staff.StaffOption;
import no.kommune.housingfirst.staff.TeamSummary;
import no.kommune.housingfirst.visitlog.FollowUpWeeks;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.VisitCompliance;

/**
 * The dashboard's figures as tables for the CSV and XLSX exports: the same numbers the
 * page shows for the same filter, one table per section of the page. Names of
 * participants appear only where the page lists them (those without contact); no visit
 * notes, FIT item scores or bo-plan text are among the figures at all. The section, team
 * and caseworker chosen are named (null: all the leader leads). The yearly report is
 * exported the same way.
 */
public record CaseloadExport(String titleKey, LocalDate from, LocalDate to, String section, String team,
		String caseworker, List<CaseloadTable> tables) {

	/** The tables' names, in the order of the page (and of the workbook's sheets). */
	public static final List<String> TABLES = List.of("saksmengde", "besok", "uten-kontakt", "brukertid",
			"tid-til-bolig", "bostabilitet", "nokkeltall", "boplaner-og-fit", "avslutninger");

	/** The table with this name, if the export has one. */
	public Optional<CaseloadTable> table(String name) {
		return this.tables.stream().filter((t) -> t.name().equals(name)).findFirst();
	}

	static CaseloadExport of(CaseloadDashboard d) {
		CaseloadFilter f = d.filter();
		return new CaseloadExport("caseload.title", d.from(), d.to(),
				(f.sectionId() == null) ? null
						: d.choices()
							.sections()
							.stream()
							.filter((s) -> s.id() == f.sectionId())
							.map(SectionSummary::name)
							.findFirst()
							.orElse(null),
				(f.teamId() == null) ? null
						: d.choices()
							.teams()
							.stream()
							.filter((t) -> t.id() == f.teamId())
							.map(TeamSummary::name)
							.findFirst()
							.orElse(null),
				(f.caseworkerId() == null) ? null
						: d.choices()
							.caseworkers()
							.stream()
							.filter((c) -> c.id() == f.caseworkerId())
							.map(StaffOption::fullName)
							.findFirst()
							.orElse(null),
				List.of(caseloads(d), compliance(d.compliance()), missed(d.compliance()), directTime(d), days(d),
						stability(d), keyFigures(d), teams(d), exits(d)));
	}

	private static CaseloadTable caseloads(CaseloadDashboard d) {
		List<List<Object>> rows = new ArrayList<>();
		for (CaseloadDashboard.TeamCaseload team : d.caseloads()) {
			rows.add(row(team.teamName(), null, team.active(), null, team.ratio()));
			for (CaseloadDashboard.CaseworkerLoad c : team.caseworkers()) {
				rows.add(row(team.teamName(), c.name(), c.active(), yesNo(c.flagged()), null));
			}
		}
		return new CaseloadTable("saksmengde", "caseload.caseload.title",
				List.of("caseload.export.team", "caseload.filter.caseworker", "caseload.caseload.active",
						"caseload.export.flagged", "caseload.caseload.ratio"),
				rows);
	}

	private static CaseloadTable compliance(VisitCompliance.Report report) {
		List<List<Object>> rows = new ArrayList<>();
		for (VisitCompliance.Line line : report.lines()) {
			for (int i = 0; i < report.weeks().size(); i++) {
				IsoWeek week = report.weeks().get(i);
				FollowUpWeeks.Cell cell = line.cells().get(i);
				rows.add(row(line.teamName(), line.caseworkerName(), week.toString(), week.monday(), cell.active(),
						cell.visited(), cell.percent()));
			}
		}
		return new CaseloadTable("besok", "caseload.compliance.title",
				List.of("caseload.export.team", "caseload.filter.caseworker", "caseload.export.week",
						"caseload.export.weekStart", "caseload.export.activeInWeek", "caseload.export.visited",
						"caseload.export.percent"),
				rows);
	}

	private static CaseloadTable missed(VisitCompliance.Report report) {
		List<List<Object>> rows = report.missed()
			.stream()
			.map((m) -> row(m.fullName(), m.teamName(), m.caseworkerName(), m.weeks(), m.lastContact(),
					m.cadenceWeeks()))
			.toList();
		return new CaseloadTable("uten-kontakt", "visitlog.compliance.missedTitle",
				List.of("caseload.export.participant", "caseload.export.team", "caseload.filter.caseworker",
						"visitlog.compliance.weeksMissed", "visitlog.compliance.lastContact",
						"caseload.export.cadenceWeeks"),
				rows);
	}

	private static CaseloadTable directTime(CaseloadDashboard d) {
		List<List<Object>> rows = new ArrayList<>();
		for (CaseloadDashboard.DirectTime person : d.directTime()) {
			for (CaseloadDashboard.Week week : person.weeks()) {
				rows.add(row(person.name(), week.week().toString(), week.week().monday(), week.minutes(),
						week.percent()));
			}
		}
		return new CaseloadTable("brukertid", "caseload.time.title",
				List.of("caseload.filter.caseworker", "caseload.export.week", "caseload.export.weekStart",
						"caseload.export.minutes", "caseload.export.percentOfWeek"),
				rows);
	}

	private static CaseloadTable days(CaseloadDashboard d) {
		List<List<Object>> rows = new ArrayList<>();
		for (HousingMeasures.DaysToHousing q : d.housing().daysByQuarter()) {
			rows.add(row(
					new CaseloadTable.Label("caseload.housing.quarterName", q.quarter().getYear(),
							(q.quarter().getMonthValue() + 2) / 3),
					q.quarter(), q.housed(), q.medianDays(), q.within42(), q.within90()));
		}
		HousingMeasures.DaysToHousing all = d.housing().daysInPeriod();
		rows.add(row(new CaseloadTable.Label("caseload.export.wholePeriod"), d.from(), all.housed(), all.medianDays(),
				all.within42(), all.within90()));
		return new CaseloadTable("tid-til-bolig", "caseload.housing.title",
				List.of("caseload.housing.quarter", "caseload.export.from", "caseload.housing.housed",
						"caseload.housing.median", "caseload.housing.within42", "caseload.housing.within90"),
				rows);
	}

	private static CaseloadTable stability(CaseloadDashboard d) {
		List<List<Object>> rows = d.housing()
			.stability()
			.stream()
			.map((s) -> row(s.months(), s.eligible(), s.housed(),
					(s.eligible() == 0) ? null : Math.round(100.0 * s.housed() / s.eligible())))
			.toList();
		return new CaseloadTable("bostabilitet", "caseload.stability.title", List.of("caseload.export.months",
				"caseload.export.eligible", "caseload.stability.stillHoused", "caseload.export.percent"), rows);
	}

	private static CaseloadTable keyFigures(CaseloadDashboard d) {
		HousingMeasures.Meetings meetings = d.housing().meetings();
		List<List<Object>> rows = List.of(
				row(new CaseloadTable.Label("caseload.export.allocated"), meetings.allocated()),
				row(new CaseloadTable.Label("caseload.meetings.onTime"), meetings.heldOnTime()),
				row(new CaseloadTable.Label("caseload.meetings.overdue"), meetings.overdueNow()),
				row(new CaseloadTable.Label("caseload.nav.open"), d.navOpen()),
				row(new CaseloadTable.Label("caseload.nav.overdue"), d.navOverdue()),
				row(new CaseloadTable.Label("caseload.rehousings"), d.housing().rehousings()));
		return new CaseloadTable("nokkeltall", "caseload.meetings.title",
				List.of("caseload.export.measure", "caseload.export.value"), rows);
	}

	private static CaseloadTable teams(CaseloadDashboard d) {
		List<List<Object>> rows = d.teamCounts()
			.stream()
			.map((t) -> row(t.teamName(), t.active(), t.withoutPlan(), t.reviewOverdue(), t.meetingsDue(),
					t.notAgreed(), t.fitActive(), t.reliableImprovement(), t.srsBelowAlliance(), t.srsDrop(),
					t.withRecentFit()))
			.toList();
		return new CaseloadTable("boplaner-og-fit", "caseload.plans.title",
				List.of("caseload.export.team", "caseload.caseload.active", "caseload.plans.withoutPlan",
						"caseload.plans.reviewOverdue", "caseload.plans.meetingsDue", "caseload.plans.notAgreed",
						"caseload.export.fitActive", "caseload.fit.improvement", "caseload.fit.srsBelow",
						"caseload.fit.srsDrop", "caseload.fit.coverage"),
				rows);
	}

	private static CaseloadTable exits(CaseloadDashboard d) {
		List<List<Object>> rows = d.exits()
			.stream()
			.map((e) -> row(new CaseloadTable.Label("ExitReason." + e.reason()), e.count()))
			.toList();
		return new CaseloadTable("avslutninger", "caseload.exits.title",
				List.of("caseload.exits.reason", "caseload.exits.count"), rows);
	}

	private static CaseloadTable.Label yesNo(boolean yes) {
		return new CaseloadTable.Label(yes ? "caseload.export.yes" : "caseload.export.no");
	}

	/** A row that may hold empty cells (List.of refuses nulls). */
	private static List<Object> row(Object... values) {
		return java.util.Collections.unmodifiableList(Arrays.asList(values));
	}

}
