package no.kommune.housingfirst.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.audit.RecordType;
import no.kommune.housingfirst.boplan.BoPlanMeasures;
import no.kommune.housingfirst.firstrent.FirstRentMeasures;
import no.kommune.housingfirst.fit.FitMeasure;
import no.kommune.housingfirst.fit.FitService;
import no.kommune.housingfirst.fit.FitTeamCounts;
import no.kommune.housingfirst.housing.HousingMeasures;
import no.kommune.housingfirst.participant.AuditedTransaction;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantMeasures;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.SectionSummary;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.StaffOption;
import no.kommune.housingfirst.staff.TeamSummary;
import no.kommune.housingfirst.tenancy.CrisisStays;
import no.kommune.housingfirst.visitlog.FollowUpWeeks;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.VisitCompliance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The section leader's dashboard in one call: decides which teams the leader's choice
 * covers (never a team outside their sections) and asks each module for its figures for
 * exactly those teams. The list of participants without contact is a participant list and
 * is audited as one (by the visit log's query), so the transaction writes.
 */
@Service
@AuditedTransaction
public class CaseloadService {

	/**
	 * How many of the dashboard's reads run at once: two cores serve the database and the
	 * application together, and a third lane fills the gaps while results travel.
	 */
	static final int LANES = 3;

	/** Participants per page of a list behind a number. */
	public static final int PAGE_SIZE = 25;

	/** The first year a yearly report can be asked for. */
	public static final int FIRST_YEAR = 2000;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final ParticipantMeasures participants;

	private final VisitCompliance visits;

	private final HousingMeasures housing;

	private final FirstRentMeasures firstRent;

	private final BoPlanMeasures boPlans;

	private final FitService fit;

	private final CaseloadProperties norms;

	private final Clock clock;

	private final AuditLog audit;

	private final ParticipantDirectory directory;

	private final CrisisStays stays;

	CaseloadService(Organisation organisation, StaffDirectory staff, ParticipantMeasures participants,
			VisitCompliance visits, HousingMeasures housing, FirstRentMeasures firstRent, BoPlanMeasures boPlans,
			FitService fit, CaseloadProperties norms, Clock clock, AuditLog audit, ParticipantDirectory directory,
			CrisisStays stays) {
		this.audit = audit;
		this.stays = stays;
		this.directory = directory;
		this.organisation = organisation;
		this.staff = staff;
		this.participants = participants;
		this.visits = visits;
		this.housing = housing;
		this.firstRent = firstRent;
		this.boPlans = boPlans;
		this.fit = fit;
		this.norms = norms;
		this.clock = clock;
	}

	/**
	 * The dashboard for the leader's choice. A section, team or caseworker outside the
	 * leader's sections is not found. The modules' figures are read side by side
	 * ({@link Fork}), each in its own transaction, so this method opens none; called
	 * inside one (an export), it reads in that one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public CaseloadDashboard dashboard(CurrentUser user, CaseloadFilter filter) {
		Scope scope = scope(user, filter);
		LocalDate today = scope.today();
		LocalDate to = scope.to();
		LocalDate from = scope.from();
		List<TeamSummary> chosen = scope.chosen();
		Set<Long> teams = scope.teams();
		Set<Long> shown = chosen.stream().map(TeamSummary::id).collect(Collectors.toSet());
		Long caseworker = filter.caseworkerId();
		if (caseworker != null) {
			checkCaseworker(user, scope, caseworker);
		}
		// The largest reads first, so that the lanes end together.
		Fork fork = new Fork();
		Supplier<VisitCompliance.Report> compliance = fork.add(() -> this.visits.report(user, teams, caseworker));
		Supplier<List<BoPlanMeasures.Counts>> plans = fork.add(() -> this.boPlans.perTeam(user, shown));
		Supplier<List<FitTeamCounts>> fits = fork.add(() -> this.fit.teamCounts(user, shown, today));
		Supplier<HousingMeasures.Figures> housingFigures = fork
			.add(() -> this.housing.figures(user, teams, caseworker, from, to));
		Supplier<List<ParticipantMeasures.Caseload>> loads = fork
			.add(() -> this.participants.caseloads(user, teams, caseworker));
		Supplier<List<ParticipantMeasures.Exits>> exits = fork
			.add(() -> this.participants.exitsByReason(user, teams, caseworker, from, to));
		Supplier<List<VisitCompliance.CaseworkerMinutes>> minutes = fork
			.add(() -> this.visits.minutesPerCaseworker(user, teams, caseworker));
		Supplier<List<StaffOption>> caseworkers = fork.add(() -> this.staff.caseworkersIn(teams)
			.stream()
			.sorted(Comparator.comparing(StaffOption::fullName))
			.toList());
		Supplier<FirstRentMeasures.Counts> nav = fork.add(() -> this.firstRent.counts(user, teams, caseworker));
		Supplier<CrisisStays.TemporaryHousing> temporary = fork
			.add(() -> this.stays.temporaryHousing(user, teams, caseworker, from, to));
		fork.join(LANES);
		Set<Long> people = new HashSet<>();
		loads.get().forEach((l) -> people.add(l.caseworkerId()));
		minutes.get().forEach((m) -> people.add(m.caseworkerId()));
		// The teams' caseworkers are named already; only someone primary for a
		// participant who is no longer one of them is looked up.
		Map<Long, String> names = new HashMap<>();
		caseworkers.get().forEach((c) -> names.put(c.id(), c.fullName()));
		people.removeAll(names.keySet());
		names.putAll(this.staff.namesOf(people));
		boolean overview = chosen.size() > 1 && caseworker == null;
		List<CaseloadDashboard.DirectTime> direct = directTime(minutes.get(), names);
		// Caseworkers are offered within one section: every section at once would put
		// every caseworker of the country in one list (a thousand at national size),
		// which no one can use and every view would render. One already chosen stays
		// offered.
		boolean oneSection = chosen.stream().map(TeamSummary::sectionId).distinct().count() <= 1;
		List<StaffOption> offered = oneSection ? caseworkers.get()
				: caseworkers.get().stream().filter((c) -> caseworker != null && c.id() == caseworker).toList();
		List<CaseloadDashboard.TeamCaseload> teamLoads = caseloads(loads.get(), chosen, names);
		List<CaseloadDashboard.TeamCounts> counts = teamCounts(chosen, plans.get(), fits.get());
		List<CaseloadDashboard.TeamTime> teamTime = overview ? teamTime(direct, chosen, caseworkers.get()) : List.of();
		return new CaseloadDashboard(
				new CaseloadDashboard.Choices(scope.sections(), scope.inSection(), offered, oneSection), filter, from,
				to, this.norms, teamLoads, compliance.get(), direct, housingFigures.get(), nav.get().open(),
				nav.get().overdue(), counts,
				exits.get().stream().map((e) -> new CaseloadDashboard.ExitCount(e.reason(), e.count())).toList(),
				overview ? List.of(overallChart(compliance.get())) : complianceCharts(compliance.get()),
				daysChart(housingFigures.get()), temporary.get(), overview, teamTime, (overview && !oneSection)
						? sectionLines(chosen, teamLoads, compliance.get(), teamTime, counts) : List.of());
	}

	/**
	 * A line per section of the teams in view, each its teams' lines added up: caseloads
	 * (the ratio over all their caseworkers' lines), compliance week by week, direct
	 * client time over all their caseworkers' working weeks, and the bo-plan and FIT
	 * counts. In the order of the teams' sections.
	 */
	private List<CaseloadDashboard.SectionLine> sectionLines(List<TeamSummary> teams,
			List<CaseloadDashboard.TeamCaseload> loads, VisitCompliance.Report compliance,
			List<CaseloadDashboard.TeamTime> time, List<CaseloadDashboard.TeamCounts> counts) {
		Map<Long, List<FollowUpWeeks.Cell>> cellsByTeam = new HashMap<>();
		compliance.teamLines().forEach((line) -> cellsByTeam.put(line.teamId(), line.cells()));
		Map<Long, CaseloadDashboard.TeamCaseload> loadByTeam = new HashMap<>();
		loads.forEach((l) -> loadByTeam.put(l.teamId(), l));
		Map<Long, CaseloadDashboard.TeamTime> timeByTeam = new HashMap<>();
		time.forEach((t) -> timeByTeam.put(t.teamId(), t));
		Map<Long, CaseloadDashboard.TeamCounts> countsByTeam = new HashMap<>();
		counts.forEach((c) -> countsByTeam.put(c.teamId(), c));
		List<IsoWeek> weeks = compliance.weeks();
		long workingWeek = this.norms.workingWeekMinutes();
		Map<Long, List<TeamSummary>> bySection = teams.stream()
			.collect(Collectors.groupingBy(TeamSummary::sectionId, java.util.LinkedHashMap::new, Collectors.toList()));
		List<CaseloadDashboard.SectionLine> lines = new ArrayList<>();
		bySection.forEach((section, members) -> {
			int active = 0;
			int caseworkers = 0;
			long flagged = 0;
			int timeCaseworkers = 0;
			List<FollowUpWeeks.Cell> cells = new ArrayList<>();
			long[] minutes = new long[weeks.size()];
			weeks.forEach((w) -> cells.add(new FollowUpWeeks.Cell(0, 0)));
			CaseloadDashboard.TeamCounts sum = new CaseloadDashboard.TeamCounts(0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
			for (TeamSummary team : members) {
				CaseloadDashboard.TeamCaseload load = loadByTeam.get(team.id());
				if (load != null) {
					active += load.active();
					caseworkers += load.caseworkers().size();
					flagged += load.flagged();
				}
				List<FollowUpWeeks.Cell> teamCells = cellsByTeam.getOrDefault(team.id(), List.of());
				for (int i = 0; i < teamCells.size(); i++) {
					cells.set(i, cells.get(i).plus(teamCells.get(i)));
				}
				CaseloadDashboard.TeamTime teamTime = timeByTeam.get(team.id());
				if (teamTime != null) {
					timeCaseworkers += teamTime.caseworkers();
					for (int i = 0; i < minutes.length; i++) {
						minutes[i] += teamTime.weeks().get(i).minutes();
					}
				}
				CaseloadDashboard.TeamCounts c = countsByTeam.get(team.id());
				if (c != null) {
					sum = new CaseloadDashboard.TeamCounts(0, null, sum.active() + c.active(),
							sum.withoutPlan() + c.withoutPlan(), sum.reviewOverdue() + c.reviewOverdue(),
							sum.meetingsDue() + c.meetingsDue(), sum.notAgreed() + c.notAgreed(),
							sum.fitActive() + c.fitActive(), sum.reliableImprovement() + c.reliableImprovement(),
							sum.srsBelowAlliance() + c.srsBelowAlliance(), sum.srsDrop() + c.srsDrop(),
							sum.withRecentFit() + c.withRecentFit());
				}
			}
			List<CaseloadDashboard.Week> timeWeeks = new ArrayList<>();
			for (int i = 0; i < weeks.size(); i++) {
				timeWeeks.add(new CaseloadDashboard.Week(weeks.get(i), minutes[i], (timeCaseworkers == 0) ? 0
						: (int) Math.round(100.0 * minutes[i] / (workingWeek * timeCaseworkers))));
			}
			Double ratio = (caseworkers == 0) ? null : Math.round(10.0 * active / caseworkers) / 10.0;
			boolean within = ratio != null && ratio >= this.norms.ratioLow() && ratio <= this.norms.ratioHigh();
			lines.add(new CaseloadDashboard.SectionLine(section, members.get(0).sectionName(), active, caseworkers,
					ratio, within, flagged, cells, timeCaseworkers, timeWeeks, sum));
		});
		return lines;
	}

	/** The leader's choice resolved: their sections, the teams it covers, the period. */
	private record Scope(LocalDate today, LocalDate from, LocalDate to, List<SectionSummary> sections,
			List<TeamSummary> ownTeams, List<TeamSummary> inSection, List<TeamSummary> chosen, Set<Long> teams) {
	}

	/**
	 * Which teams the leader's choice covers (never a team outside their sections) and
	 * the period (the last twelve months unless chosen). A section or team outside the
	 * leader's sections is not found.
	 */
	private Scope scope(CurrentUser user, CaseloadFilter filter) {
		if (!user.hasRole(Role.SECTION_LEADER)) {
			throw new NotFoundException("dashboard");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate to = (filter.to() != null) ? filter.to() : today;
		LocalDate from = (filter.from() != null) ? filter.from() : to.minusYears(1).plusDays(1);
		List<SectionSummary> sections = this.organisation.sections()
			.stream()
			.filter((s) -> user.sectionIds().contains(s.id()))
			.toList();
		List<TeamSummary> ownTeams = this.organisation.teams()
			.stream()
			.filter((t) -> user.sectionIds().contains(t.sectionId()))
			.toList();
		if (filter.sectionId() != null && !user.sectionIds().contains(filter.sectionId())) {
			throw new NotFoundException("dashboard");
		}
		List<TeamSummary> inSection = ownTeams.stream()
			.filter((t) -> filter.sectionId() == null || t.sectionId() == filter.sectionId())
			.toList();
		if (filter.teamId() != null && inSection.stream().noneMatch((t) -> t.id() == filter.teamId())) {
			throw new NotFoundException("dashboard");
		}
		List<TeamSummary> chosen = inSection.stream()
			.filter((t) -> filter.teamId() == null || t.id() == filter.teamId())
			.toList();
		Set<Long> teams = chosen.stream().map(TeamSummary::id).collect(Collectors.toSet());
		return new Scope(today, from, to, sections, ownTeams, inSection, chosen, teams);
	}

	/**
	 * A caseworker is a choice when they work in, or are primary for someone in, one of
	 * the leader's teams; someone from another section is not found. One of the leader's
	 * own caseworkers outside the team chosen just has nothing to show.
	 */
	private void checkCaseworker(CurrentUser user, Scope scope, long caseworker) {
		Set<Long> own = scope.ownTeams().stream().map(TeamSummary::id).collect(Collectors.toSet());
		if (this.staff.caseworkersIn(own).stream().noneMatch((c) -> c.id() == caseworker)
				&& this.participants.caseloads(user, own, caseworker).isEmpty()) {
			throw new NotFoundException("dashboard");
		}
	}

	/**
	 * The participants behind one of the dashboard's numbers for the same choice, a page
	 * of {@link #PAGE_SIZE} at a time, sorted by name; only those the leader may see, and
	 * the list is audited as one (by the participant directory). Stability needs one of
	 * its months; an exit reason narrows the exits.
	 */
	public PeopleList people(CurrentUser user, CaseloadFilter filter, DrillDown measure, Integer months,
			ExitReason reason, int page) {
		Scope scope = scope(user, filter);
		Long caseworker = measure.perTeam() ? null : filter.caseworkerId();
		if (filter.caseworkerId() != null) {
			checkCaseworker(user, scope, filter.caseworkerId());
		}
		if ((measure == DrillDown.STABILITY) != (months != null)
				|| (months != null && !HousingMeasures.STABILITY_MONTHS.contains(months))
				|| (reason != null && measure != DrillDown.EXITS)) {
			throw new NotFoundException("list");
		}
		Map<Long, Boolean> flags = new HashMap<>();
		Set<Long> ids = switch (measure) {
			case CASELOAD -> this.participants.activeIds(user, scope.teams(), caseworker);
			case HOUSED -> housing(user, scope, caseworker, HousingMeasures.Measure.HOUSED, 0, flags);
			case WITHIN_42 -> housing(user, scope, caseworker, HousingMeasures.Measure.HOUSED_WITHIN_42, 0, flags);
			case WITHIN_90 -> housing(user, scope, caseworker, HousingMeasures.Measure.HOUSED_WITHIN_90, 0, flags);
			case STABILITY -> housing(user, scope, caseworker, HousingMeasures.Measure.STABILITY, months, flags);
			case MEETINGS_HELD -> housing(user, scope, caseworker, HousingMeasures.Measure.MEETING_HELD, 0, flags);
			case MEETINGS_OVERDUE ->
				housing(user, scope, caseworker, HousingMeasures.Measure.MEETING_OVERDUE, 0, flags);
			case REHOUSED -> housing(user, scope, caseworker, HousingMeasures.Measure.REHOUSED, 0, flags);
			case NAV_OPEN -> this.firstRent.ids(user, scope.teams(), caseworker, false);
			case NAV_OVERDUE -> this.firstRent.ids(user, scope.teams(), caseworker, true);
			case WITHOUT_PLAN -> this.boPlans.ids(user, scope.teams(), BoPlanMeasures.Need.WITHOUT_PLAN);
			case REVIEW_OVERDUE -> this.boPlans.ids(user, scope.teams(), BoPlanMeasures.Need.REVIEW_OVERDUE);
			case MEETING_DUE -> this.boPlans.ids(user, scope.teams(), BoPlanMeasures.Need.MEETING_DUE);
			case NOT_AGREED -> this.boPlans.ids(user, scope.teams(), BoPlanMeasures.Need.NOT_AGREED);
			case FIT_IMPROVEMENT ->
				this.fit.teamMembers(user, scope.teams(), FitMeasure.RELIABLE_IMPROVEMENT, scope.today());
			case SRS_BELOW -> this.fit.teamMembers(user, scope.teams(), FitMeasure.SRS_BELOW_ALLIANCE, scope.today());
			case SRS_DROP -> this.fit.teamMembers(user, scope.teams(), FitMeasure.SRS_DROP, scope.today());
			case FIT_RECENT -> this.fit.teamMembers(user, scope.teams(), FitMeasure.RECENT_FIT, scope.today());
			case EXITS -> this.participants.exitIds(user, scope.teams(), caseworker, scope.from(), scope.to(), reason);
		};
		PageRequest request = (page < 0) ? PageRequest.of(0, Math.max(1, ids.size())) : PageRequest.of(page, PAGE_SIZE);
		Page<PeopleList.Person> people = this.directory.rowsOf(user, ids, request)
			.map((row) -> new PeopleList.Person(row.id(), row.fullName(), row.teamName(), row.primaryCaseworkerName(),
					flags.get(row.id())));
		if (page > 0 && people.getContent().isEmpty()) {
			// A page after the last is an address that does not exist.
			throw new NotFoundException("page " + page);
		}
		TeamSummary team = scope.chosen().size() == 1 && filter.teamId() != null ? scope.chosen().get(0) : null;
		String caseworkerName = (caseworker != null) ? this.staff.namesOf(Set.of(caseworker)).get(caseworker) : null;
		String sectionName = scope.sections()
			.stream()
			.filter((s) -> filter.sectionId() != null && s.id() == filter.sectionId())
			.map(SectionSummary::name)
			.findFirst()
			.orElse(null);
		return new PeopleList(measure, months, reason, filter, scope.from(), scope.to(), sectionName,
				(team != null) ? team.name() : null, caseworkerName, people);
	}

	/**
	 * The list behind a number as a table for CSV and XLSX: every participant on it, not
	 * a page. Audited as an export besides the list's own audit row.
	 */
	public CaseloadExport peopleExport(CurrentUser user, CaseloadFilter filter, DrillDown measure, Integer months,
			ExitReason reason) {
		PeopleList list = people(user, filter, measure, months, reason, -1);
		this.audit.exported(user, RecordType.PARTICIPANT_LIST);
		List<String> headers = new ArrayList<>(
				List.of("caseload.export.participant", "caseload.export.team", "caseload.drill.primary"));
		if (list.flagged()) {
			headers.add(measure.flagKey());
		}
		List<List<Object>> rows = list.people().getContent().stream().map((p) -> {
			List<Object> row = new ArrayList<>(java.util.Arrays.asList(p.name(), p.teamName(), p.caseworkerName()));
			if (list.flagged()) {
				row.add(new CaseloadTable.Label(
						Boolean.TRUE.equals(p.flag()) ? "caseload.export.yes" : "caseload.export.no"));
			}
			return java.util.Collections.unmodifiableList(row);
		}).toList();
		return new CaseloadExport(measure.labelKey(), list.from(), list.to(), list.section(), list.team(),
				list.caseworker(), List.of(new CaseloadTable("deltakere", measure.labelKey(), headers, rows)));
	}

	private Set<Long> housing(CurrentUser user, Scope scope, Long caseworker, HousingMeasures.Measure measure,
			int months, Map<Long, Boolean> flags) {
		Set<Long> ids = new HashSet<>();
		this.housing.members(user, scope.teams(), caseworker, scope.from(), scope.to(), measure, months)
			.forEach((m) -> {
				ids.add(m.participantId());
				if (m.flag() != null) {
					flags.put(m.participantId(), m.flag());
				}
			});
		return ids;
	}

	/**
	 * The dashboard's figures for the same choice, as tables for CSV and XLSX. An export
	 * takes participants' names (those without contact) out of the system, so it is
	 * audited as one, besides the list's own audit row.
	 */
	public CaseloadExport export(CurrentUser user, CaseloadFilter filter) {
		CaseloadExport export = CaseloadExport.of(dashboard(user, filter));
		this.audit.exported(user, RecordType.PARTICIPANT_LIST);
		return export;
	}

	/**
	 * The yearly report for one year (null: last year) and one of the leader's sections
	 * (null: all they lead). A year before {@link #FIRST_YEAR} or after this one, or a
	 * section the leader does not lead, is not found. The current year runs to today.
	 */
	public YearlyReport yearlyReport(CurrentUser user, Integer year, Long sectionId) {
		if (!user.hasRole(Role.SECTION_LEADER)) {
			throw new NotFoundException("yearly report");
		}
		LocalDate today = LocalDate.now(this.clock);
		int chosen = (year != null) ? year : today.getYear() - 1;
		if (chosen < FIRST_YEAR || chosen > today.getYear()) {
			throw new NotFoundException("yearly report");
		}
		List<SectionSummary> sections = this.organisation.sections()
			.stream()
			.filter((s) -> user.sectionIds().contains(s.id()))
			.toList();
		if (sectionId != null && !user.sectionIds().contains(sectionId)) {
			throw new NotFoundException("yearly report");
		}
		Set<Long> teams = this.organisation.teams()
			.stream()
			.filter((t) -> user.sectionIds().contains(t.sectionId()))
			.filter((t) -> sectionId == null || t.sectionId() == sectionId)
			.map(TeamSummary::id)
			.collect(Collectors.toSet());
		LocalDate from = LocalDate.of(chosen, 1, 1);
		LocalDate to = (chosen == today.getYear()) ? today : LocalDate.of(chosen, 12, 31);
		ParticipantMeasures.PeriodCounts counts = this.participants.periodCounts(user, teams, from, to);
		HousingMeasures.Figures housingFigures = this.housing.figures(user, teams, null, from, to);
		HousingMeasures.DaysToHousing days = housingFigures.daysInPeriod();
		long contacts = this.visits.contactsInPeriod(user, teams, from, to);
		List<YearlyReport.ExitLine> exits = this.participants.exitsByReason(user, teams, null, from, to)
			.stream()
			.map((e) -> new YearlyReport.ExitLine(e.reason(), YearlyReport.Count.of(e.count())))
			.toList();
		YearlyReport.Count exitsTotal = YearlyReport.Count.of(exits.stream().mapToInt((e) -> e.count().value()).sum());
		boolean enoughHoused = days.housed() >= YearlyReport.SMALLEST_SHOWN;
		List<Integer> years = new ArrayList<>();
		for (int y = today.getYear(); y >= Math.max(FIRST_YEAR, today.getYear() - 9); y--) {
			years.add(y);
		}
		return new YearlyReport(chosen, years, sections, sectionId,
				sections.stream()
					.filter((s) -> sectionId != null && s.id() == sectionId)
					.map(SectionSummary::name)
					.findFirst()
					.orElse(null),
				from, to, YearlyReport.Count.of(counts.included()), YearlyReport.Count.of(counts.followedUp()),
				YearlyReport.Count.of(counts.activeAtEnd()), YearlyReport.Count.of(days.housed()),
				enoughHoused ? days.medianDays() : null, YearlyReport.percent(days.within42(), days.housed()),
				YearlyReport.percent(days.within90(), days.housed()),
				YearlyReport.Count.of(housingFigures.rehousings()),
				(counts.followedUp() >= YearlyReport.SMALLEST_SHOWN)
						? Math.round(10.0 * contacts / counts.followedUp()) / 10.0 : null,
				housingFigures.stability()
					.stream()
					.map((s) -> new YearlyReport.StabilityLine(s.months(), YearlyReport.Count.of(s.eligible()),
							YearlyReport.Count.of(s.housed()), YearlyReport.percent(s.housed(), s.eligible())))
					.toList(),
				exitsTotal, YearlyReport.exits(exits, exitsTotal));
	}

	/**
	 * The yearly report as an XLSX file's tables. Aggregate only, with small numbers
	 * hidden: nothing in it is a participant's record, so it is not audited as a read.
	 */
	public CaseloadExport yearlyExport(CurrentUser user, Integer year, Long sectionId) {
		YearlyReport report = yearlyReport(user, year, sectionId);
		return new CaseloadExport("caseload.year.title", report.from(), report.to(), report.sectionName(), null, null,
				report.tables());
	}

	/** One chart per team line: the per cent visited each week, the norm line at 100. */
	private static List<CaseloadDashboard.TeamChart> complianceCharts(VisitCompliance.Report report) {
		return report.lines()
			.stream()
			.filter((line) -> line.caseworkerId() == null)
			.map((line) -> new CaseloadDashboard.TeamChart(line.teamId(), line.teamName(),
					BarChart.of(line.cells().stream().map((c) -> c.percent()).toList(), 100, List.of())))
			.toList();
	}

	/** All the team lines' weeks taken together, as one chart. */
	private static CaseloadDashboard.TeamChart overallChart(VisitCompliance.Report report) {
		List<FollowUpWeeks.Cell> total = new ArrayList<>();
		report.weeks().forEach((w) -> total.add(new FollowUpWeeks.Cell(0, 0)));
		report.lines().stream().filter((line) -> line.caseworkerId() == null).forEach((line) -> {
			for (int i = 0; i < total.size(); i++) {
				total.set(i, total.get(i).plus(line.cells().get(i)));
			}
		});
		return new CaseloadDashboard.TeamChart(0, null,
				BarChart.of(total.stream().map(FollowUpWeeks.Cell::percent).toList(), 100, List.of()));
	}

	/**
	 * Each team's caseworkers' direct client time together: the minutes of those who are
	 * members of the team, as a share of that many working weeks. A team without
	 * caseworkers has no line.
	 */
	private List<CaseloadDashboard.TeamTime> teamTime(List<CaseloadDashboard.DirectTime> people,
			List<TeamSummary> teams, List<StaffOption> caseworkers) {
		Map<Long, CaseloadDashboard.DirectTime> byPerson = people.stream()
			.collect(Collectors.toMap(CaseloadDashboard.DirectTime::caseworkerId, (p) -> p));
		List<IsoWeek> weeks = this.visits.lastCompleteWeeks();
		long week = this.norms.workingWeekMinutes();
		List<CaseloadDashboard.TeamTime> result = new ArrayList<>();
		Map<Long, List<StaffOption>> byTeam = new HashMap<>();
		caseworkers
			.forEach((c) -> c.teamIds().forEach((t) -> byTeam.computeIfAbsent(t, (k) -> new ArrayList<>()).add(c)));
		for (TeamSummary team : teams) {
			List<StaffOption> members = byTeam.getOrDefault(team.id(), List.of());
			if (members.isEmpty()) {
				continue;
			}
			List<CaseloadDashboard.Week> cells = new ArrayList<>();
			for (int i = 0; i < weeks.size(); i++) {
				long minutes = 0;
				for (StaffOption member : members) {
					CaseloadDashboard.DirectTime theirs = byPerson.get(member.id());
					minutes += (theirs != null) ? theirs.weeks().get(i).minutes() : 0;
				}
				cells.add(new CaseloadDashboard.Week(weeks.get(i), minutes,
						(int) Math.round(100.0 * minutes / (week * members.size()))));
			}
			result.add(new CaseloadDashboard.TeamTime(team.id(), team.name(), members.size(), cells));
		}
		return result;
	}

	/**
	 * Median days to housing per quarter, on a scale of whole months (30 days) that
	 * always reaches the 90-day goal, with the 42-day benchmark and the goal as lines.
	 */
	private static BarChart daysChart(HousingMeasures.Figures figures) {
		List<Integer> medians = figures.daysByQuarter()
			.stream()
			.map((q) -> (q.medianDays() == null) ? null : (int) Math.round(q.medianDays()))
			.toList();
		int highest = medians.stream().filter((m) -> m != null).mapToInt(Integer::intValue).max().orElse(0);
		int max = Math.max(120, ((highest + 59) / 60) * 60);
		return BarChart.of(medians, max, List.of(HousingMeasures.BENCHMARK_DAYS, HousingMeasures.GOAL_DAYS));
	}

	private List<CaseloadDashboard.TeamCaseload> caseloads(List<ParticipantMeasures.Caseload> loads,
			List<TeamSummary> teams, Map<Long, String> names) {
		Map<Long, List<ParticipantMeasures.Caseload>> byTeam = loads.stream()
			.collect(Collectors.groupingBy(ParticipantMeasures.Caseload::teamId));
		List<CaseloadDashboard.TeamCaseload> result = new ArrayList<>();
		for (TeamSummary team : teams) {
			List<CaseloadDashboard.CaseworkerLoad> people = byTeam.getOrDefault(team.id(), List.of())
				.stream()
				.map((l) -> new CaseloadDashboard.CaseworkerLoad(l.caseworkerId(), names.get(l.caseworkerId()),
						l.active(), l.active() > this.norms.caseloadFlag()))
				.sorted(Comparator.comparing(CaseloadDashboard.CaseworkerLoad::name))
				.toList();
			int active = people.stream().mapToInt(CaseloadDashboard.CaseworkerLoad::active).sum();
			Double ratio = people.isEmpty() ? null : Math.round(10.0 * active / people.size()) / 10.0;
			boolean within = ratio != null && ratio >= this.norms.ratioLow() && ratio <= this.norms.ratioHigh();
			result.add(new CaseloadDashboard.TeamCaseload(team.id(), team.name(), active, people, ratio, within));
		}
		return result;
	}

	private List<CaseloadDashboard.DirectTime> directTime(List<VisitCompliance.CaseworkerMinutes> minutes,
			Map<Long, String> names) {
		List<IsoWeek> weeks = this.visits.lastCompleteWeeks();
		Map<Long, Map<IsoWeek, Long>> byPerson = new TreeMap<>();
		minutes.forEach(
				(m) -> byPerson.computeIfAbsent(m.caseworkerId(), (k) -> new HashMap<>()).put(m.week(), m.minutes()));
		long week = this.norms.workingWeekMinutes();
		return byPerson.entrySet()
			.stream()
			.map((e) -> new CaseloadDashboard.DirectTime(e.getKey(), names.get(e.getKey()), weeks.stream().map((w) -> {
				long m = e.getValue().getOrDefault(w, 0L);
				return new CaseloadDashboard.Week(w, m, (int) Math.round(100.0 * m / week));
			}).toList()))
			.sorted(Comparator.comparing(CaseloadDashboard.DirectTime::name))
			.toList();
	}

	/** Bo-plan and FIT counts of the teams shown (only those were counted). */
	private static List<CaseloadDashboard.TeamCounts> teamCounts(List<TeamSummary> teams,
			List<BoPlanMeasures.Counts> planCounts, List<FitTeamCounts> fitCounts) {
		Map<Long, BoPlanMeasures.Counts> plans = planCounts.stream()
			.collect(Collectors.toMap(BoPlanMeasures.Counts::teamId, (c) -> c));
		Map<Long, FitTeamCounts> fits = fitCounts.stream().collect(Collectors.toMap(FitTeamCounts::teamId, (c) -> c));
		return teams.stream().map((t) -> {
			BoPlanMeasures.Counts p = plans.getOrDefault(t.id(), new BoPlanMeasures.Counts(t.id(), 0, 0, 0, 0, 0));
			FitTeamCounts f = fits.getOrDefault(t.id(), new FitTeamCounts(t.id(), 0, 0, 0, 0, 0, 0, 0));
			return new CaseloadDashboard.TeamCounts(t.id(), t.name(), p.active(), p.withoutPlan(), p.reviewOverdue(),
					p.meetingsDue(), p.notAgreed(), f.activeParticipants(), f.orsImprovement(), f.srsBelowAlliance(),
					f.srsDrop(), f.withRecentFit());
		}).toList();
	}

}
