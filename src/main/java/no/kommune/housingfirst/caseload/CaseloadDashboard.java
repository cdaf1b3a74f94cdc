package no.kommune.housingfirst.caseload;

import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.housing.HousingMeasures;
import no.kommune.housingfirst.tenancy.CrisisStays;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.staff.SectionSummary;
import no.kommune.housingfirst.staff.StaffOption;
import no.kommune.housingfirst.staff.TeamSummary;
import no.kommune.housingfirst.visitlog.FollowUpWeeks;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.VisitCompliance;

/**
 * Everything the dashboard page shows, in one view record: no entity reaches the
 * template.
 */
public record CaseloadDashboard(Choices choices, CaseloadFilter filter, LocalDate from, LocalDate to,
		CaseloadProperties norms, List<TeamCaseload> caseloads, VisitCompliance.Report compliance,
		List<DirectTime> directTime, HousingMeasures.Figures housing, int navOpen, int navOverdue,
		List<TeamCounts> teamCounts, List<ExitCount> exits, List<TeamChart> complianceCharts, BarChart daysChart,
		CrisisStays.TemporaryHousing temporaryHousing, boolean overview, List<TeamTime> teamTime,
		List<SectionLine> sectionLines) {

	/*
	 * overview: the choice covers several teams and no caseworker, so the page shows a
	 * line per team (caseloads, compliance, direct time) and one compliance chart for all
	 * of them together; choosing a team shows its caseworkers. The export always has
	 * every line.
	 */

	/**
	 * A team's weekly visit compliance (per cent) as a bar chart, week by week; in the
	 * overview, one for all the teams chosen (team id 0, no name).
	 */
	public record TeamChart(long teamId, String teamName, BarChart chart) {
	}

	/** What the filters offer: only the leader's own sections, their teams and people. */
	public record Choices(List<SectionSummary> sections, List<TeamSummary> teams, List<StaffOption> caseworkers,
			boolean oneSection) {
	}

	/** A caseworker's caseload, flagged above the norm. */
	public record CaseworkerLoad(long caseworkerId, String name, int active, boolean flagged) {
	}

	/**
	 * A team's caseloads, and its participants per caseworker against the 1 : 10–15 norm
	 * (null when nobody is primary for anyone).
	 */
	public record TeamCaseload(long teamId, String teamName, int active, List<CaseworkerLoad> caseworkers, Double ratio,
			boolean withinNorm) {

		/** How many of the team's caseworkers are above the limit. */
		public long flagged() {
			return this.caseworkers.stream().filter(CaseworkerLoad::flagged).count();
		}

	}

	/** One caseworker's visit minutes per week (aligned with the weeks) and shares. */
	public record DirectTime(long caseworkerId, String name, List<Week> weeks) {
	}

	/**
	 * A team's direct client time: its caseworkers' visit minutes per week together, as a
	 * share of as many working weeks as it has caseworkers.
	 */
	public record TeamTime(long teamId, String teamName, int caseworkers, List<Week> weeks) {
	}

	/** Visit minutes in one ISO week and their whole per cent of a working week. */
	public record Week(IsoWeek week, long minutes, int percent) {
	}

	/** A team's bo-plan and FIT counts, from those modules. */
	public record TeamCounts(long teamId, String teamName, int active, int withoutPlan, int reviewOverdue,
			int meetingsDue, int notAgreed, long fitActive, long reliableImprovement, long srsBelowAlliance,
			long srsDrop, long withRecentFit) {
	}

	/**
	 * With teams of several sections in view (and no caseworker chosen), the page's
	 * tables show a line per section, each its teams' lines added up, and the section's
	 * name opens the section: a hundred team lines of a whole country are no overview.
	 * The export keeps every team's line.
	 *
	 * @param caseworkers the caseworkers primary for someone, team by team (the ratio's
	 * denominator)
	 * @param timeCaseworkers the caseworkers of the teams' direct time lines
	 * @param counts the bo-plan and FIT counts of its teams added up (team id 0)
	 */
	public record SectionLine(long sectionId, String sectionName, int active, int caseworkers, Double ratio,
			boolean withinNorm, long flagged, List<FollowUpWeeks.Cell> compliance, int timeCaseworkers, List<Week> time,
			TeamCounts counts) {
	}

	/** Exits of the period for one reason. */
	public record ExitCount(ExitReason reason, int count) {
	}

}
