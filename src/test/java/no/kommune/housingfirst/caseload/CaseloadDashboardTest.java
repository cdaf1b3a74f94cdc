package no.kommune.housingfirst.caseload;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import no.kommune.housingfirst.audit.AuditLog;
import no.kommune.housingfirst.boplan.BoPlanMeasures;
import no.kommune.housingfirst.firstrent.FirstRentMeasures;
import no.kommune.housingfirst.fit.FitService;
import no.kommune.housingfirst.housing.HousingMeasures;
import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.housing.TenancyEnd;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantDirectory;
import no.kommune.housingfirst.participant.ParticipantMeasures;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.staff.StaffOption;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.FollowUpWeeks;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.VisitCompliance;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure of the dashboard on a small fixture worked out by hand, with a second
 * section whose participants must never be counted.
 *
 * <p>
 * Section S, team T1: Kari (primary for Anna, Bjørn, Hilde, Hans, and Cecilie who exited
 * on the Wednesday of last week, moved away) and Per (primary for Dag, included on the
 * Wednesday of W-3, so active for part of that week, and Håkon). Team T2 in S: Siri with
 * Eva. Section O (another leader's): Olga with Ola and Oda, who have visits, a home, an
 * overdue first rent and an exit; none of it may show.
 * <ul>
 * <li>Caseload: Kari 4, Per 2; T1 6 active over 2 caseworkers, 3.0 per caseworker
 * (outside 1 : 10–15). With the limit set to 3, Kari (4) is flagged, Per (2) is not.</li>
 * <li>Compliance, T1: W-3 6 active (Dag, included mid-week, not yet), 1 visited (Anna);
 * W-2 7 active, 1 visited (Dag); W-1 6 active (Cecilie left mid-week), 2 visited.</li>
 * <li>Direct time W-1: Kari 90 + 45 = 135 min = 6 % of 2 250; W-2: Per 60 min = 3 %.</li>
 * <li>Days to housing (period: 13 months back to today): Hilde 30 days (moved in exactly
 * 12 months ago), Hans 99 days (12 months less a day ago): median 64.5, 1 within 42, 1
 * within 90. Håkon first moved in 14 months ago: outside the period.</li>
 * <li>Stability at 12 months: Hilde (exactly 12 months, still in her home) and Håkon
 * (evicted 3 months ago, a re-housing, so not housed 12 months after) are eligible; Hans
 * is a day short: 1 of 2. Nobody at 24 or 36 months.</li>
 * <li>Allocation meetings in the period: Hilde's held on its due day (on time), Hans's
 * never held and overdue now; Håkon's (made today) not due yet, so neither: 1 of 2 on
 * time, 1 overdue now.</li>
 * <li>NAV: Hilde's and Hans's first rent open (Håkon's closed when his tenancy ended),
 * Hilde's due 12 months ago (overdue), Hans's due in five days: 2 open, 1 overdue.</li>
 * <li>Re-housings in the period: 1 (Håkon). Exits: moved away 1 (Cecilie).</li>
 * </ul>
 */
@IntegrationTest
class CaseloadDashboardTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final IsoWeek W = IsoWeek.of(TODAY);

	@Autowired
	CaseloadService service;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	HousingTenancies tenancies;

	@Autowired
	ParticipantPathway pathway;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	no.kommune.housingfirst.tenancy.CrisisStays crisisStays;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	ParticipantMeasures participantMeasures;

	@Autowired
	VisitCompliance compliance;

	@Autowired
	HousingMeasures housingMeasures;

	@Autowired
	FirstRentMeasures firstRentMeasures;

	@Autowired
	BoPlanMeasures boPlanMeasures;

	@Autowired
	FitService fit;

	@Autowired
	Clock clock;

	long s;

	long t1;

	long t2;

	long o;

	CurrentUser kari;

	CurrentUser per;

	CurrentUser siri;

	CurrentUser olga;

	CurrentUser leader;

	long anna;

	long dag;

	long hilde;

	long hans;

	long hakon;

	@BeforeEach
	void setUp() {
		this.s = this.staff.section();
		this.t1 = this.staff.team(this.s);
		this.t2 = this.staff.team(this.s);
		this.o = this.staff.section();
		long teamO = this.staff.team(this.o);
		this.kari = this.staff.caseworker(this.t1);
		this.per = this.staff.caseworker(this.t1);
		this.siri = this.staff.caseworker(this.t2);
		this.olga = this.staff.caseworker(teamO);
		this.leader = this.staff.sectionLeader(this.s);
		LocalDate longAgo = TODAY.minusDays(100);
		this.anna = this.participants.aParticipant().named("Anna").includedOn(longAgo).by(this.kari);
		long bjorn = this.participants.aParticipant().named("Bjørn").includedOn(longAgo).by(this.kari);
		long cecilie = this.participants.aParticipant().named("Cecilie").includedOn(longAgo).by(this.kari);
		this.pathway.exit(this.kari, cecilie, W.plus(-1).monday().plusDays(2), ExitReason.MOVED_AWAY);
		this.dag = this.participants.aParticipant()
			.named("Dag")
			.includedOn(W.plus(-3).monday().plusDays(2))
			.by(this.per);
		this.participants.aParticipant().named("Eva").includedOn(longAgo).by(this.siri);
		visit(this.kari, this.anna, W.plus(-3).monday(), null);
		visit(this.kari, this.anna, W.plus(-1).monday(), 90);
		visit(this.kari, bjorn, W.plus(-1).monday().plusDays(1), 45);
		visit(this.per, this.dag, W.plus(-2).monday(), 60);
		// Housing: made through the services today, then moved back in time by hand.
		this.hilde = housed(this.kari, "Hilde", TODAY.minusMonths(12).minusDays(30), TODAY.minusMonths(12));
		this.hans = housed(this.kari, "Hans", TODAY.minusMonths(12).plusDays(1).minusDays(99),
				TODAY.minusMonths(12).plusDays(1));
		this.hakon = housed(this.per, "Håkon", TODAY.minusMonths(15), TODAY.minusMonths(14));
		long hakonsHome = tenancyOf(this.hakon);
		this.tenancies.end(this.per, this.hakon, hakonsHome, version(hakonsHome),
				new HousingTenancies.TenancyEnding(TODAY, TenancyEnd.EVICTION, null));
		this.entityManager.flush();
		this.entityManager.clear();
		this.jdbc.update("UPDATE tenancy SET ended_on = ? WHERE id = ?", TODAY.minusMonths(3), hakonsHome);
		// Hilde's meeting held on its due day; Hans's never held, due long ago.
		this.jdbc.update(
				"UPDATE allocation SET allocated_on = ?, meeting_due = ?, meeting_held_on = ? WHERE participant_id = ?",
				TODAY.minusMonths(12).minusDays(10), TODAY.minusMonths(12).minusDays(6),
				TODAY.minusMonths(12).minusDays(6), this.hilde);
		this.jdbc.update("UPDATE allocation SET allocated_on = ?, meeting_due = ? WHERE participant_id = ?",
				TODAY.minusMonths(12).minusDays(8), TODAY.minusMonths(12).minusDays(4), this.hans);
		this.jdbc.update("UPDATE first_rent_task SET due_on = ? WHERE participant_id = ?", TODAY.minusMonths(12),
				this.hilde);
		this.jdbc.update("UPDATE first_rent_task SET due_on = ? WHERE participant_id = ?", TODAY.plusDays(5),
				this.hans);
		// The other section: everything that would count, if it were counted.
		long ola = this.participants.aParticipant().named("Ola").includedOn(longAgo).by(this.olga);
		long oda = this.participants.aParticipant().named("Oda").includedOn(longAgo).by(this.olga);
		visit(this.olga, ola, W.plus(-1).monday(), 600);
		housed(this.olga, "Ole", TODAY.minusMonths(12).minusDays(5), TODAY.minusMonths(12));
		this.pathway.exit(this.olga, oda, TODAY.minusDays(5), ExitReason.DECEASED);
		this.jdbc.update("UPDATE allocation SET meeting_due = ? WHERE participant_id IN "
				+ "(SELECT id FROM participant WHERE team_id = ?)", TODAY.minusDays(20), teamO);
		this.jdbc.update("UPDATE first_rent_task SET due_on = ? WHERE participant_id IN "
				+ "(SELECT id FROM participant WHERE team_id = ?)", TODAY.minusDays(20), teamO);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void caseloadsPerCaseworkerAndTheTeamRatio() {
		CaseloadDashboard d = this.service.dashboard(this.leader, CaseloadFilter.all());
		CaseloadDashboard.TeamCaseload team1 = team(d, this.t1);
		assertThat(team1.active()).isEqualTo(6);
		assertThat(team1.ratio()).isEqualTo(3.0);
		assertThat(team1.withinNorm()).isFalse();
		assertThat(team1.caseworkers())
			.extracting(CaseloadDashboard.CaseworkerLoad::caseworkerId, CaseloadDashboard.CaseworkerLoad::active,
					CaseloadDashboard.CaseworkerLoad::flagged)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.kari.id(), 4, false),
					org.assertj.core.groups.Tuple.tuple(this.per.id(), 2, false));
		assertThat(team(d, this.t2).active()).isEqualTo(1);
		assertThat(d.caseloads()).extracting(CaseloadDashboard.TeamCaseload::teamId)
			.containsExactlyInAnyOrder(this.t1, this.t2);
		// The limit is the municipality's: at 3, Kari's 4 are flagged.
		CaseloadDashboard strict = withNorms(new CaseloadProperties(3, 1, 3, new BigDecimal("37.5")))
			.dashboard(this.leader, CaseloadFilter.all());
		assertThat(team(strict, this.t1).caseworkers())
			.extracting(CaseloadDashboard.CaseworkerLoad::caseworkerId, CaseloadDashboard.CaseworkerLoad::flagged)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.kari.id(), true),
					org.assertj.core.groups.Tuple.tuple(this.per.id(), false));
		assertThat(team(strict, this.t1).withinNorm()).isTrue();
	}

	@Test
	void complianceCountsOnlyWholeWeeksAndTheChosenTeam() {
		CaseloadDashboard d = this.service.dashboard(this.leader, new CaseloadFilter(null, this.t1, null, null, null));
		List<FollowUpWeeks.Cell> team = d.compliance()
			.lines()
			.stream()
			.filter((line) -> line.caseworkerId() == null)
			.map(VisitCompliance.Line::cells)
			.findFirst()
			.orElseThrow();
		assertThat(d.compliance().lines()).allMatch((line) -> line.teamId() == this.t1);
		// W-3: Dag joined on its Wednesday and is not counted; Cecilie (who exited on the
		// Wednesday of W-1) is: 6 active, Anna visited.
		assertThat(team.get(9)).isEqualTo(new FollowUpWeeks.Cell(6, 1));
		// W-2: Dag counts now, and was visited.
		assertThat(team.get(10)).isEqualTo(new FollowUpWeeks.Cell(7, 1));
		// W-1: Cecilie left during the week; Anna and Bjørn visited.
		assertThat(team.get(11)).isEqualTo(new FollowUpWeeks.Cell(6, 2));
		// The chart shows the same per cent: W-1 2 of 6 is 33 %.
		assertThat(d.complianceCharts()).extracting(CaseloadDashboard.TeamChart::teamId).containsExactly(this.t1);
		assertThat(d.complianceCharts().get(0).chart().bars().get(11).value()).isEqualTo(33);
		assertThat(d.complianceCharts().get(0).chart().bars().get(9).value()).isEqualTo(17);
		// One caseworker: only Per's participants.
		CaseloadDashboard perOnly = this.service.dashboard(this.leader,
				new CaseloadFilter(null, null, this.per.id(), null, null));
		assertThat(perOnly.compliance().lines())
			.allMatch((line) -> line.caseworkerId() == null || line.caseworkerId().equals(this.per.id()));
		assertThat(perOnly.compliance().missed()).extracting(VisitCompliance.Missed::participantId)
			.doesNotContain(this.anna);
	}

	@Test
	void directClientTimeIsVisitMinutesAsAShareOfTheWorkingWeek() {
		CaseloadDashboard d = this.service.dashboard(this.leader, CaseloadFilter.all());
		Map<Long, List<CaseloadDashboard.Week>> time = d.directTime()
			.stream()
			.collect(Collectors.toMap(CaseloadDashboard.DirectTime::caseworkerId, CaseloadDashboard.DirectTime::weeks));
		assertThat(time.keySet()).containsExactlyInAnyOrder(this.kari.id(), this.per.id());
		assertThat(time.get(this.kari.id()).get(11)).isEqualTo(new CaseloadDashboard.Week(W.plus(-1), 135, 6));
		assertThat(time.get(this.kari.id()).get(10)).isEqualTo(new CaseloadDashboard.Week(W.plus(-2), 0, 0));
		assertThat(time.get(this.per.id()).get(10)).isEqualTo(new CaseloadDashboard.Week(W.plus(-2), 60, 3));
		// A 20-hour working week makes Kari's 135 minutes 11 %.
		CaseloadDashboard shortWeeks = withNorms(new CaseloadProperties(15, 10, 15, new BigDecimal("20")))
			.dashboard(this.leader, CaseloadFilter.all());
		assertThat(shortWeeks.directTime()
			.stream()
			.filter((p) -> p.caseworkerId() == this.kari.id())
			.findFirst()
			.orElseThrow()
			.weeks()
			.get(11)
			.percent()).isEqualTo(11);
	}

	@Test
	void daysToHousingStabilityMeetingsNavAndRehousings() {
		CaseloadDashboard d = this.service.dashboard(this.leader,
				new CaseloadFilter(null, null, null, TODAY.minusMonths(13), TODAY));
		HousingMeasures.Figures h = d.housing();
		assertThat(h.daysInPeriod()).isEqualTo(new HousingMeasures.DaysToHousing(null, 2, 64.5, 1, 1));
		assertThat(h.daysByQuarter().stream().mapToInt(HousingMeasures.DaysToHousing::housed).sum()).isEqualTo(2);
		LocalDate hildeQuarter = quarter(TODAY.minusMonths(12));
		LocalDate hansQuarter = quarter(TODAY.minusMonths(12).plusDays(1));
		if (hildeQuarter.equals(hansQuarter)) {
			assertThat(h.daysByQuarter())
				.containsExactly(new HousingMeasures.DaysToHousing(hildeQuarter, 2, 64.5, 1, 1));
		}
		else {
			assertThat(h.daysByQuarter()).containsExactly(
					new HousingMeasures.DaysToHousing(hildeQuarter, 1, 30.0, 1, 1),
					new HousingMeasures.DaysToHousing(hansQuarter, 1, 99.0, 0, 0));
		}
		// The chart of median days per quarter: the scale reaches 120 days, with lines at
		// 42 and 90.
		assertThat(d.daysChart().max()).isEqualTo(120);
		assertThat(d.daysChart().bars()).extracting(BarChart.Bar::value)
			.containsExactlyElementsOf(
					h.daysByQuarter().stream().map((q) -> (int) Math.round(q.medianDays())).toList());
		assertThat(d.daysChart().references()).extracting(BarChart.Line::value).containsExactly(42, 90);
		assertThat(h.stability()).containsExactly(new HousingMeasures.Stability(12, 2, 1),
				new HousingMeasures.Stability(24, 0, 0), new HousingMeasures.Stability(36, 0, 0));
		assertThat(h.meetings()).isEqualTo(new HousingMeasures.Meetings(2, 1, 1));
		assertThat(h.rehousings()).isEqualTo(1);
		assertThat(d.navOpen()).isEqualTo(2);
		assertThat(d.navOverdue()).isEqualTo(1);
		assertThat(d.exits()).containsExactly(new CaseloadDashboard.ExitCount(ExitReason.MOVED_AWAY, 1));
		// The default period is the last twelve months: Hilde moved in a day before it.
		CaseloadDashboard lastYear = this.service.dashboard(this.leader, CaseloadFilter.all());
		assertThat(lastYear.housing().daysInPeriod()).isEqualTo(new HousingMeasures.DaysToHousing(null, 1, 99.0, 0, 0));
	}

	/**
	 * Two teams and no caseworker chosen: the page shows a line per team. T1's direct
	 * time is Kari's and Per's minutes over two working weeks: W-1 135 of 4 500 minutes,
	 * 3 %; W-2 60, 1 %. T2 has Siri, who logged nothing. The one chart takes both teams'
	 * weeks together: W-1 2 visited of 6 + 1 active (Eva), 29 %; W-3 1 of 6 + 1, 14 %.
	 * With a team or a caseworker chosen there is no overview.
	 */
	@Test
	void severalTeamsAreShownAsTeamLines() {
		CaseloadDashboard d = this.service.dashboard(this.leader, CaseloadFilter.all());
		assertThat(d.overview()).isTrue();
		assertThat(d.teamTime()).extracting(CaseloadDashboard.TeamTime::teamId, CaseloadDashboard.TeamTime::caseworkers)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.t1, 2),
					org.assertj.core.groups.Tuple.tuple(this.t2, 1));
		CaseloadDashboard.TeamTime t1 = d.teamTime().get(0);
		assertThat(t1.weeks().get(11)).isEqualTo(new CaseloadDashboard.Week(W.plus(-1), 135, 3));
		assertThat(t1.weeks().get(10)).isEqualTo(new CaseloadDashboard.Week(W.plus(-2), 60, 1));
		assertThat(d.teamTime().get(1).weeks()).allMatch((w) -> w.minutes() == 0 && w.percent() == 0);
		assertThat(d.complianceCharts()).singleElement().satisfies((chart) -> {
			assertThat(chart.teamId()).isZero();
			assertThat(chart.teamName()).isNull();
			assertThat(chart.chart().bars().get(11).value()).isEqualTo(29);
			assertThat(chart.chart().bars().get(9).value()).isEqualTo(14);
		});
		// The caseworkers' lines are still there for the export.
		assertThat(team(d, this.t1).flagged()).isZero();
		assertThat(d.directTime()).hasSize(2);
		CaseloadDashboard one = this.service.dashboard(this.leader,
				new CaseloadFilter(null, this.t1, null, null, null));
		assertThat(one.overview()).isFalse();
		assertThat(one.teamTime()).isEmpty();
		assertThat(this.service.dashboard(this.leader, new CaseloadFilter(null, null, this.per.id(), null, null))
			.overview()).isFalse();
		// With the limit at 3, one of T1's two caseworkers is above it.
		assertThat(team(withNorms(new CaseloadProperties(3, 1, 3, new BigDecimal("37.5"))).dashboard(this.leader,
				CaseloadFilter.all()), this.t1)
			.flagged()).isEqualTo(1);
	}

	@Test
	void boPlanAndFitCountsForTheChosenTeamsOnly() {
		CaseloadDashboard d = this.service.dashboard(this.leader, new CaseloadFilter(null, this.t2, null, null, null));
		assertThat(d.teamCounts())
			.extracting(CaseloadDashboard.TeamCounts::teamId, CaseloadDashboard.TeamCounts::active,
					CaseloadDashboard.TeamCounts::withoutPlan)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.t2, 1, 1));
		assertThat(d.caseloads()).extracting(CaseloadDashboard.TeamCaseload::teamId).containsExactly(this.t2);
		assertThat(d.directTime()).isEmpty();
		assertThat(d.navOpen()).isZero();
		// Per works in the same section, in the other team: nothing to show, not an
		// error.
		CaseloadDashboard perInT2 = this.service.dashboard(this.leader,
				new CaseloadFilter(null, this.t2, this.per.id(), null, null));
		assertThat(perInT2.caseloads()).extracting(CaseloadDashboard.TeamCaseload::active).containsExactly(0);
		assertThat(perInT2.compliance().lines()).isEmpty();
	}

	@Test
	void whoMovedOnToAHomeOfTheirOwnIsStillHousedAndWhoDiedIsNotCounted() {
		LocalDate from = TODAY.minusMonths(13);
		// Håkon's tenancy ended three months ago: evicted, he is not housed 12 months on.
		assertThat(stabilityAt12(from)).isEqualTo(new HousingMeasures.Stability(12, 2, 1));
		// Had he moved on to another home, or bought one, he would still be in a
		// permanent
		// home.
		this.jdbc.update("UPDATE tenancy SET end_reason = 'MOVED_TO_OTHER_HOME' WHERE participant_id = ?", this.hakon);
		assertThat(stabilityAt12(from)).isEqualTo(new HousingMeasures.Stability(12, 2, 2));
		this.jdbc.update("UPDATE tenancy SET end_reason = 'BOUGHT_OWN_HOME' WHERE participant_id = ?", this.hakon);
		assertThat(stabilityAt12(from)).isEqualTo(new HousingMeasures.Stability(12, 2, 2));
		// Had he died, he would be out of the measure, not a home lost.
		this.jdbc.update("UPDATE tenancy SET end_reason = 'DECEASED' WHERE participant_id = ?", this.hakon);
		assertThat(stabilityAt12(from)).isEqualTo(new HousingMeasures.Stability(12, 1, 1));
	}

	private HousingMeasures.Stability stabilityAt12(LocalDate from) {
		return this.service.dashboard(this.leader, new CaseloadFilter(null, null, null, from, TODAY))
			.housing()
			.stability()
			.get(0);
	}

	@Test
	void aMeetingOfAParticipantWhoExitedIsNoLongerOverdue() {
		assertThat(this.service.dashboard(this.leader, CaseloadFilter.all()).housing().meetings().overdueNow())
			.isEqualTo(1);
		// As on the list of meetings to hold: once Hans has left, his meeting is not
		// owed.
		this.pathway.exit(this.kari, this.hans, TODAY, ExitReason.MOVED_AWAY);
		this.entityManager.flush();
		assertThat(this.service.dashboard(this.leader, CaseloadFilter.all()).housing().meetings().overdueNow())
			.isZero();
	}

	@Test
	void anotherSectionsParticipantsAreNeverCounted() {
		CaseloadDashboard d = this.service.dashboard(this.leader, CaseloadFilter.all());
		assertThat(d.choices().teams()).extracting((t) -> t.sectionId()).containsOnly(this.s);
		assertThat(d.directTime()).extracting(CaseloadDashboard.DirectTime::caseworkerId)
			.doesNotContain(this.olga.id());
		assertThat(d.compliance().lines()).extracting(VisitCompliance.Line::teamId).containsOnly(this.t1, this.t2);
		assertThat(d.compliance().missed()).extracting(VisitCompliance.Missed::teamName)
			.doesNotContain(this.organisation.teamName(this.olga.teamIds().iterator().next()));
		assertThat(d.exits()).extracting(CaseloadDashboard.ExitCount::reason).doesNotContain(ExitReason.DECEASED);
		assertThat(d.housing().meetings().overdueNow()).isEqualTo(1);
		assertThat(d.navOverdue()).isEqualTo(1);
		// Asking for the other section, its team or its caseworker is not found.
		long teamO = this.olga.teamIds().iterator().next();
		assertThatThrownBy(
				() -> this.service.dashboard(this.leader, new CaseloadFilter(this.o, null, null, null, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.dashboard(this.leader, new CaseloadFilter(null, teamO, null, null, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.service.dashboard(this.leader, new CaseloadFilter(null, null, this.olga.id(), null, null)))
			.isInstanceOf(NotFoundException.class);
		// The other section's leader sees Olga's figures and none of ours.
		CaseloadDashboard theirs = this.service.dashboard(this.staff.sectionLeader(this.o), CaseloadFilter.all());
		assertThat(theirs.caseloads()).extracting(CaseloadDashboard.TeamCaseload::active).containsExactly(2);
		assertThat(theirs.exits()).containsExactly(new CaseloadDashboard.ExitCount(ExitReason.DECEASED, 1));
	}

	/**
	 * A leader of both sections sees a line per section, each its teams added up. S: T1's
	 * 6 and T2's 1 active over 3 caseworkers' lines, 2.3 each; W-1 2 of 7 visited, 29 %;
	 * direct time W-1 Kari's 135 minutes over 3 caseworkers' working weeks (6 750), 2 %,
	 * W-2 Per's 60, 1 %; 7 active in the FIT counts. O: Ola and Ole active over Olga
	 * alone, 2.0; W-1 Olga's 600 minutes of her 2 250, 27 %. The export keeps every team.
	 * Each section's name opens it, and its numbers open their lists.
	 */
	@Test
	void aLeaderOfSeveralSectionsSeesALinePerSection() throws Exception {
		CurrentUser both = this.staff.person(TestStaff.unique("leader"), Set.of(Role.SECTION_LEADER), Set.of(),
				Set.of(this.s, this.o));
		CaseloadDashboard d = this.service.dashboard(both, CaseloadFilter.all());
		assertThat(d.sectionLines()).extracting(CaseloadDashboard.SectionLine::sectionId)
			.containsExactlyInAnyOrder(this.s, this.o);
		CaseloadDashboard.SectionLine s = d.sectionLines()
			.stream()
			.filter((line) -> line.sectionId() == this.s)
			.findFirst()
			.orElseThrow();
		assertThat(s.active()).isEqualTo(7);
		assertThat(s.caseworkers()).isEqualTo(3);
		assertThat(s.ratio()).isEqualTo(2.3);
		assertThat(s.withinNorm()).isFalse();
		assertThat(s.flagged()).isZero();
		assertThat(s.compliance().get(11)).isEqualTo(new FollowUpWeeks.Cell(7, 2));
		assertThat(s.compliance().get(11).percent()).isEqualTo(29);
		assertThat(s.timeCaseworkers()).isEqualTo(3);
		assertThat(s.time().get(11)).isEqualTo(new CaseloadDashboard.Week(W.plus(-1), 135, 2));
		assertThat(s.time().get(10)).isEqualTo(new CaseloadDashboard.Week(W.plus(-2), 60, 1));
		assertThat(s.counts().fitActive()).isEqualTo(7);
		CaseloadDashboard.SectionLine o = d.sectionLines()
			.stream()
			.filter((line) -> line.sectionId() == this.o)
			.findFirst()
			.orElseThrow();
		assertThat(o.active()).isEqualTo(2);
		assertThat(o.ratio()).isEqualTo(2.0);
		assertThat(o.time().get(11)).isEqualTo(new CaseloadDashboard.Week(W.plus(-1), 600, 27));
		// The team lines stay for the export; one section chosen has none of this.
		assertThat(d.caseloads()).hasSize(3);
		assertThat(this.service.dashboard(both, new CaseloadFilter(this.s, null, null, null, null)).sectionLines())
			.isEmpty();
		assertThat(this.service.dashboard(this.leader, CaseloadFilter.all()).sectionLines()).isEmpty();
		String page = this.mvc.perform(get("/dashboard").with(user(both)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tallene vises per seksjon")
			.contains("Aktive deltakere per seksjon")
			.contains("href=\"/dashboard?section=" + this.s + "&amp;from=")
			.contains("measure=caseload&amp;section=" + this.s + "\"")
			.contains("people?section=" + this.o + "&amp;from=" + d.from() + "&amp;to=" + d.to()
					+ "&amp;measure=without-plan\"")
			.contains("2 % (135 min)")
			.contains("29 % (2/7)")
			.doesNotContain("Tallene vises per team.")
			.doesNotContain("<th scope=\"row\">– ");
		String list = this.mvc
			.perform(get("/dashboard/people").param("measure", "caseload")
				.param("section", String.valueOf(this.o))
				.with(user(both)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Ola").contains("Ole").doesNotContain("Anna");
	}

	@Test
	void aLeaderOfTwoSectionsSeesBothOrOne() {
		long other = this.staff.section();
		long t3 = this.staff.team(other);
		CurrentUser tone = this.staff.caseworker(t3);
		this.participants.aParticipant().named("Frida").by(tone);
		CurrentUser both = this.staff.person(TestStaff.unique("leader"), Set.of(Role.SECTION_LEADER), Set.of(),
				Set.of(this.s, other));
		CaseloadDashboard all = this.service.dashboard(both, CaseloadFilter.all());
		assertThat(all.choices().sections()).hasSize(2);
		// Caseworkers are chosen within a section, not among every section's at once.
		assertThat(all.choices().oneSection()).isFalse();
		assertThat(all.choices().caseworkers()).isEmpty();
		assertThat(all.caseloads()).extracting(CaseloadDashboard.TeamCaseload::teamId)
			.containsExactlyInAnyOrder(this.t1, this.t2, t3);
		CaseloadDashboard one = this.service.dashboard(both, new CaseloadFilter(other, null, null, null, null));
		assertThat(one.caseloads()).extracting(CaseloadDashboard.TeamCaseload::teamId).containsExactly(t3);
		assertThat(one.choices().teams()).extracting((t) -> t.id()).containsExactly(t3);
		assertThat(one.choices().oneSection()).isTrue();
		assertThat(one.choices().caseworkers()).extracting(StaffOption::id).containsExactly(tone.id());
		// One already chosen (from a list's link) stays offered across both sections.
		assertThat(this.service.dashboard(both, new CaseloadFilter(null, null, tone.id(), null, null))
			.choices()
			.caseworkers()).extracting(StaffOption::id).containsExactly(tone.id());
	}

	@Test
	void thePageForSectionLeadersOnly() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3,0 (utenfor normen)")))
			// Team lines: T1's direct time over its two caseworkers, no caseworker's
			// line.
			.andExpect(content().string(containsString("3 % (135 min)")))
			.andExpect(content().string(not(containsString("6 % (135 min)"))))
			// Nor in the caseload and compliance tables.
			.andExpect(content().string(not(containsString("<th scope=\"row\">– "))))
			.andExpect(content().string(containsString("Velg et team for å se hver booppfølger")))
			.andExpect(content().string(containsString("alle valgte team")))
			.andExpect(content().string(containsString("<svg class=\"caseload-chart\"")))
			.andExpect(content().string(not(containsString("style="))))
			.andExpect(content().string(not(containsString("Ola"))))
			.andExpect(content().string(not(containsString("Oda"))));
		// One team: each caseworker's line, Kari's 135 minutes 6 % of her week. No list
		// behind a number names a team or caseworker twice (the list would not open).
		for (String[] chosen : new String[][] { { "team", String.valueOf(this.t1) },
				{ "caseworker", String.valueOf(this.kari.id()) } }) {
			String page = this.mvc.perform(get("/dashboard").param(chosen[0], chosen[1]).with(user(this.leader)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Velg et team for å se hver booppfølger"))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("<th scope=\"row\">– ")
				.contains("/dashboard/people?")
				.doesNotContainPattern("people\\?[^\"]*team=[^\"]*team=")
				.doesNotContainPattern("people\\?[^\"]*caseworker=[^\"]*caseworker=")
				.doesNotContainPattern("people\\?[^\"]*caseworker=(&|\")");
		}
		this.mvc.perform(get("/dashboard").param("team", String.valueOf(this.t1)).with(user(this.leader)))
			.andExpect(content().string(containsString("6 % (135 min)")));
		this.mvc
			.perform(get("/dashboard").param("team", String.valueOf(this.olga.teamIds().iterator().next()))
				.with(user(this.leader)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard").param("from", "i går").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv en gyldig dato")));
		this.mvc
			.perform(get("/dashboard").param("from", "2026-05-01").param("to", "2026-04-01").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Til-datoen kan ikke være før fra-datoen.")));
		this.mvc.perform(get("/dashboard").with(user(this.kari))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard").with(user(this.staff.admin()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard").with(user(this.staff.withRole(Role.NAV)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
	}

	/**
	 * The workbook opened with a reader and checked cell by cell against the hand-worked
	 * figures: numbers as numbers, dates as dates, Norwegian headers, and nobody from the
	 * other section in any sheet. The export is audited.
	 */
	@Test
	void theFiguresAsAnExcelWorkbookCellByCell() throws Exception {
		LocalDate from = TODAY.minusMonths(13);
		byte[] file = this.mvc
			.perform(get("/dashboard/export.xlsx").param("from", from.toString())
				.param("to", TODAY.toString())
				.with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"dashbord-" + from + "-" + TODAY + ".xlsx\"")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String t1Name = this.organisation.teamName(this.t1);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
				new ReadingOptions(true, false))) {
			assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Om uttrekket", "Saksmengde",
					"Besøk per uke", "Uten kontakt", "Direkte brukertid", "Tid til bolig", "Bostabilitet",
					"Møter, NAV og re-bosetting", "Boplaner og FIT", "Avslutninger");
			List<Row> about = rows(workbook, "Om uttrekket");
			assertThat(about.get(1).getCellText(0)).isEqualTo("Fra dato");
			assertThat(about.get(1).getCellAsDate(1)).contains(from.atStartOfDay());
			assertThat(about.get(3).getCellText(1)).isEqualTo("Alle du leder");

			List<Row> caseload = rows(workbook, "Saksmengde");
			assertThat(texts(caseload.get(0))).containsExactly("Team", "Booppfølger", "Aktive deltakere",
					"Over grensen", "Deltakere per booppfølger");
			Row team = only(caseload, (row) -> t1Name.equals(row.getCellText(0)) && row.getCellText(1).isEmpty());
			assertThat(team.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(team.getCellAsNumber(2)).contains(new BigDecimal("6"));
			assertThat(team.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("3.0");
			Row kariRow = only(caseload, (row) -> this.kari.fullName().equals(row.getCellText(1)));
			assertThat(kariRow.getCellAsNumber(2)).contains(new BigDecimal("4"));
			assertThat(kariRow.getCellText(3)).isEqualTo("Nei");

			// W-1 for team 1: 2 of 6 visited, 33 %; the week's Monday is a date.
			Row week = only(rows(workbook, "Besøk per uke"), (row) -> t1Name.equals(row.getCellText(0))
					&& row.getCellText(1).isEmpty() && W.plus(-1).toString().equals(row.getCellText(2)));
			assertThat(week.getCellAsDate(3)).contains(W.plus(-1).monday().atStartOfDay());
			assertThat(week.getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(numbers(week, 4, 6)).containsExactly(6, 2, 33);

			Row time = only(rows(workbook, "Direkte brukertid"),
					(row) -> this.kari.fullName().equals(row.getCellText(0))
							&& W.plus(-1).toString().equals(row.getCellText(1)));
			assertThat(numbers(time, 3, 4)).containsExactly(135, 6);

			Row period = only(rows(workbook, "Tid til bolig"), (row) -> "Hele perioden".equals(row.getCellText(0)));
			assertThat(period.getCellAsNumber(2)).contains(new BigDecimal("2"));
			assertThat(period.getCellAsNumber(3)).contains(new BigDecimal("64.5"));
			assertThat(numbers(period, 4, 5)).containsExactly(1, 1);

			List<Row> stability = rows(workbook, "Bostabilitet");
			assertThat(numbers(stability.get(1), 0, 3)).containsExactly(12, 2, 1, 50);
			assertThat(numbers(stability.get(2), 0, 2)).containsExactly(24, 0, 0);
			assertThat(stability.get(2).getCellText(3)).isEmpty();

			List<Row> keyFigures = rows(workbook, "Møter, NAV og re-bosetting");
			assertThat(keyFigures.subList(1, keyFigures.size()).stream().map((row) -> numbers(row, 1, 1).get(0)))
				.containsExactly(2, 1, 1, 2, 1, 1);
			assertThat(keyFigures.get(6).getCellText(0)).isEqualTo("Re-bosettinger i perioden");

			List<Row> exits = rows(workbook, "Avslutninger");
			assertThat(exits).hasSize(2);
			assertThat(exits.get(1).getCellText(0)).isEqualTo("Flyttet fra kommunen");
			assertThat(exits.get(1).getCellAsNumber(1)).contains(BigDecimal.ONE);

			// The other section is in no cell of any sheet.
			List<String> everything = workbook.getSheets()
				.flatMap((sheet) -> rows(workbook, sheet.getName()).stream())
				.flatMap((row) -> texts(row).stream())
				.toList();
			assertThat(everything).contains("Hilde", "Hans")
				.doesNotContain("Ola", "Oda", "Ole", this.olga.fullName(),
						this.organisation.teamName(this.olga.teamIds().iterator().next()));
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'EXPORT'"
						+ " AND record_type = 'PARTICIPANT_LIST' AND participant_id IS NULL",
				Integer.class, this.leader.id()))
			.isEqualTo(1);
	}

	/**
	 * One table as CSV the way Excel in Norway opens it: a byte-order mark, semicolons,
	 * decimal commas, ISO dates, CRLF.
	 */
	@Test
	void oneTableAsCsv() throws Exception {
		LocalDate from = TODAY.minusMonths(13);
		String csv = this.mvc
			.perform(get("/dashboard/export.csv").param("table", "tid-til-bolig")
				.param("from", from.toString())
				.param("to", TODAY.toString())
				.with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"dashbord-tid-til-bolig-" + from + "-" + TODAY + ".csv\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFKvartal;Fra dato;Flyttet inn i perioden;Median dager fra inkludering;"
				+ "Innen 42 dager;Innen 90 dager\r\n");
		assertThat(csv).endsWith("Hele perioden;" + from + ";2;64,5;1;1\r\n");
		String caseloads = this.mvc
			.perform(get("/dashboard/export.csv").param("table", "saksmengde").with(user(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(caseloads).contains(this.organisation.teamName(this.t1) + ";;6;;3\r\n")
			.contains(this.organisation.teamName(this.t1) + ";" + this.kari.fullName() + ";4;Nei;\r\n")
			.doesNotContain(this.olga.fullName());
		// A table that does not exist is not found; a filter that cannot be read goes
		// back to the page, which says why, and nothing is exported.
		this.mvc.perform(get("/dashboard/export.csv").param("table", "finnes-ikke").with(user(this.leader)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard/export.xlsx").param("from", "i går").with(user(this.leader)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/dashboard?from=i%20g%C3%A5r"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'EXPORT'",
				Integer.class, this.leader.id()))
			.isEqualTo(2);
	}

	@Test
	void theExportsForSectionLeadersOfTheirOwnSectionsOnly() throws Exception {
		long teamO = this.olga.teamIds().iterator().next();
		for (String path : new String[] { "/dashboard/export.xlsx", "/dashboard/export.csv?table=saksmengde" }) {
			this.mvc.perform(get(path).with(user(this.kari))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(this.staff.admin()))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(this.staff.withRole(Role.NAV)))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(this.staff.withRole(Role.HOUSING_OFFICER))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(path).param("team", String.valueOf(teamO)).with(user(this.leader)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get(path).param("section", String.valueOf(this.o)).with(user(this.leader)))
				.andExpect(status().isNotFound());
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE action = 'EXPORT'"
						+ " AND record_type = 'PARTICIPANT_LIST' AND outcome = 'ALLOWED' AND actor_id = ?",
				Integer.class, this.leader.id()))
			.isZero();
		// The page links to both, with its filter.
		this.mvc.perform(get("/dashboard").param("team", String.valueOf(this.t1)).with(user(this.leader)))
			.andExpect(content().string(containsString("/dashboard/export.xlsx?section=&amp;team=" + this.t1)))
			.andExpect(content().string(containsString("/dashboard/export.csv?table=uten-kontakt&amp;")));
	}

	/**
	 * Behind every number, the people the fixture puts there, by name; never anyone from
	 * the other section.
	 */
	@Test
	void behindEachNumberThePeopleItCounts() {
		CaseloadFilter period = new CaseloadFilter(null, null, null, TODAY.minusMonths(13), TODAY);
		assertThat(names(new CaseloadFilter(null, this.t1, null, null, null), DrillDown.CASELOAD, null, null))
			.containsExactly("Anna", "Bjørn", "Dag", "Hans", "Hilde", "Håkon");
		assertThat(names(new CaseloadFilter(null, this.t1, this.kari.id(), null, null), DrillDown.CASELOAD, null, null))
			.containsExactly("Anna", "Bjørn", "Hans", "Hilde");
		assertThat(names(period, DrillDown.HOUSED, null, null)).containsExactly("Hans", "Hilde");
		assertThat(names(period, DrillDown.WITHIN_42, null, null)).containsExactly("Hilde");
		assertThat(names(period, DrillDown.WITHIN_90, null, null)).containsExactly("Hilde");
		PeopleList stability = this.service.people(this.leader, period, DrillDown.STABILITY, 12, null, 0);
		assertThat(stability.people().getContent()).extracting(PeopleList.Person::name, PeopleList.Person::flag)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hilde", true),
					org.assertj.core.groups.Tuple.tuple("Håkon", false));
		assertThat(names(period, DrillDown.MEETINGS_OVERDUE, null, null)).containsExactly("Hans");
		assertThat(
				this.service.people(this.leader, period, DrillDown.MEETINGS_HELD, null, null, 0).people().getContent())
			.extracting(PeopleList.Person::name, PeopleList.Person::flag)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hans", false),
					org.assertj.core.groups.Tuple.tuple("Hilde", true));
		assertThat(names(period, DrillDown.NAV_OPEN, null, null)).containsExactly("Hans", "Hilde");
		assertThat(names(period, DrillDown.NAV_OVERDUE, null, null)).containsExactly("Hilde");
		assertThat(names(period, DrillDown.REHOUSED, null, null)).containsExactly("Håkon");
		assertThat(names(period, DrillDown.EXITS, null, ExitReason.MOVED_AWAY)).containsExactly("Cecilie");
		assertThat(names(period, DrillDown.EXITS, null, ExitReason.DECEASED)).isEmpty();
		assertThat(names(new CaseloadFilter(null, this.t2, null, null, null), DrillDown.WITHOUT_PLAN, null, null))
			.containsExactly("Eva");
		// A figure per team is the team's whoever the caseworker chosen.
		assertThat(
				names(new CaseloadFilter(null, this.t2, this.per.id(), null, null), DrillDown.WITHOUT_PLAN, null, null))
			.containsExactly("Eva");
		assertThat(names(period, DrillDown.FIT_RECENT, null, null)).isEmpty();
		// Each list is audited as a list shown: thirteen; the two with nobody on them
		// showed
		// nobody.
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'SEARCH'"
				+ " AND record_type = 'PARTICIPANT_LIST'", Integer.class, this.leader.id()))
			.isEqualTo(14);
		// Stability needs its months; other months, or a reason on another measure, are
		// not
		// lists.
		assertThatThrownBy(() -> this.service.people(this.leader, period, DrillDown.STABILITY, null, null, 0))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.people(this.leader, period, DrillDown.STABILITY, 13, null, 0))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.service.people(this.leader, period, DrillDown.HOUSED, null, ExitReason.MOVED_AWAY, 0))
			.isInstanceOf(NotFoundException.class);
		// The other section's leader: the same lists hold only their own.
		CurrentUser theirLeader = this.staff.sectionLeader(this.o);
		assertThat(this.service.people(theirLeader, CaseloadFilter.all(), DrillDown.CASELOAD, null, null, 0)
			.people()
			.getContent()).extracting(PeopleList.Person::name).containsExactly("Ola", "Ole");
		assertThat(this.service.people(theirLeader, CaseloadFilter.all(), DrillDown.EXITS, null, ExitReason.DECEASED, 0)
			.people()
			.getContent()).extracting(PeopleList.Person::name).containsExactly("Oda");
	}

	@Test
	void theListPageItsFilesAndWhoMayOpenThem() throws Exception {
		String from = TODAY.minusMonths(13).toString();
		this.mvc.perform(get("/dashboard").param("from", from).with(user(this.leader)))
			.andExpect(content()
				.string(containsString("/dashboard/people?from=" + from + "&amp;to=" + TODAY + "&amp;measure=housed")));
		this.mvc
			.perform(get("/dashboard/people").param("measure", "housed")
				.param("from", from)
				.param("to", TODAY.toString())
				.with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 deltakere.")))
			.andExpect(content().string(containsString(">Hilde</a>")))
			.andExpect(content().string(containsString(">Hans</a>")))
			.andExpect(content().string(not(containsString("Ole"))));
		String csv = this.mvc
			.perform(get("/dashboard/people.csv").param("measure", "stability")
				.param("months", "12")
				.param("from", from)
				.param("to", TODAY.toString())
				.with(user(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFDeltaker;Team;Primærkontakt;Fortsatt i bolig\r\n")
			.contains("Hilde;" + this.organisation.teamName(this.t1) + ";")
			.contains(";Ja\r\n")
			.contains(";Nei\r\n");
		byte[] xlsx = this.mvc
			.perform(get("/dashboard/people.xlsx").param("measure", "exits")
				.param("reason", "MOVED_AWAY")
				.with(user(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> people = rows(workbook, "Deltakere");
			assertThat(people).hasSize(2);
			assertThat(people.get(1).getCellText(0)).isEqualTo("Cecilie");
		}
		// One page of two people: the next page does not exist.
		this.mvc
			.perform(get("/dashboard/people").param("measure", "housed")
				.param("from", from)
				.param("page", "1")
				.with(user(this.leader)))
			.andExpect(status().isNotFound());
		for (String[] bad : new String[][] { { "measure", "finnes-ikke" }, { "months", "tolv" },
				{ "reason", "BORTE" } }) {
			this.mvc
				.perform(get("/dashboard/people").param("measure", "stability")
					.param(bad[0], bad[1])
					.with(user(this.leader)))
				.andExpect(status().isNotFound());
		}
		long teamO = this.olga.teamIds().iterator().next();
		for (String path : new String[] { "/dashboard/people", "/dashboard/people.csv", "/dashboard/people.xlsx" }) {
			this.mvc.perform(get(path).param("measure", "caseload").with(user(this.kari)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path).param("measure", "caseload").with(user(this.staff.admin())))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(path).param("measure", "caseload")).andExpect(redirectedUrl("/login"));
			this.mvc.perform(
					get(path).param("measure", "caseload").param("team", String.valueOf(teamO)).with(user(this.leader)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(get(path).param("measure", "caseload")
					.param("caseworker", String.valueOf(this.olga.id()))
					.with(user(this.leader)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(
				get("/dashboard/people").param("measure", "caseload").param("from", "i går").with(user(this.leader)))
			.andExpect(redirectedUrl("/dashboard?from=i%20g%C3%A5r"));
	}

	private List<String> names(CaseloadFilter filter, DrillDown measure, Integer months, ExitReason reason) {
		return this.service.people(this.leader, filter, measure, months, reason, 0)
			.people()
			.getContent()
			.stream()
			.map(PeopleList.Person::name)
			.toList();
	}

	private static List<Row> rows(ReadableWorkbook workbook, String sheet) {
		try {
			return workbook.findSheet(sheet).orElseThrow().read();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Row only(List<Row> rows, java.util.function.Predicate<Row> which) {
		List<Row> found = rows.stream().filter(which).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static List<String> texts(Row row) {
		return row.stream().map((cell) -> (cell == null) ? "" : cell.getText()).toList();
	}

	/** Whole numbers from the cells first to last, each a number cell. */
	private static List<Integer> numbers(Row row, int first, int last) {
		List<Integer> values = new java.util.ArrayList<>();
		for (int c = first; c <= last; c++) {
			assertThat(row.getCell(c).getType()).as("cell %d of row %d", c, row.getRowNum()).isEqualTo(CellType.NUMBER);
			values.add(row.getCell(c).asNumber().intValueExact());
		}
		return values;
	}

	private CaseloadService withNorms(CaseloadProperties norms) {
		return new CaseloadService(this.organisation, this.staffDirectory, this.participantMeasures, this.compliance,
				this.housingMeasures, this.firstRentMeasures, this.boPlanMeasures, this.fit, norms, this.clock,
				this.auditLog, this.directory, this.crisisStays);
	}

	private static LocalDate quarter(LocalDate day) {
		return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

	private static CaseloadDashboard.TeamCaseload team(CaseloadDashboard d, long teamId) {
		return d.caseloads().stream().filter((t) -> t.teamId() == teamId).findFirst().orElseThrow();
	}

	private void visit(CurrentUser by, long participant, LocalDate date, Integer minutes) {
		this.visits.log(by, participant, UUID.randomUUID(), new VisitDetails(date, VisitKind.HOME_VISIT, true, null,
				null, minutes, null, Set.of(), Set.of(), false, null));
	}

	/** Housed through the services today, then moved back to the dates given. */
	private long housed(CurrentUser by, String name, LocalDate includedOn, LocalDate movedIn) {
		long participant = this.participants.aParticipant().named(name).includedOn(TODAY.minusDays(1)).by(by);
		long tenancy = this.housing.lease(by, participant, TODAY);
		this.entityManager.flush();
		this.tenancies.moveIn(by, participant, tenancy, version(tenancy), TODAY, TODAY);
		this.entityManager.flush();
		this.jdbc.update("UPDATE participant SET included_on = ?, active_since = ? WHERE id = ?", includedOn,
				includedOn, participant);
		this.jdbc.update("UPDATE tenancy SET starts_on = ?, keys_on = ?, first_night_on = ? WHERE id = ?", movedIn,
				movedIn, movedIn, tenancy);
		// Entities loaded before the change would write the old dates back.
		this.entityManager.clear();
		return participant;
	}

	private long tenancyOf(long participant) {
		return this.jdbc.queryForObject("SELECT id FROM tenancy WHERE participant_id = ?", Long.class, participant);
	}

	private int version(long tenancy) {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT version FROM tenancy WHERE id = ?", Integer.class, tenancy);
	}

}
