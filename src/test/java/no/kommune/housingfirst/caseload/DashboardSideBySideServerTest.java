package no.kommune.housingfirst.caseload;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.IsoWeek;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures read side by side (each module's read in its own transaction,
 * on up to three threads) are the figures read one after the other in one transaction, on
 * committed data, over real HTTP as well: the hand-computed figures of
 * {@link CaseloadDashboardTest} are checked on the one-after-the-other path, inside a
 * rolled-back test transaction. Another section's participant is never counted on either.
 */
@ServerTest
class DashboardSideBySideServerTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	HousingTenancies tenancies;

	@Autowired
	VisitService visits;

	@Autowired
	ParticipantPathway pathway;

	@Autowired
	CaseloadService service;

	@Autowired
	TransactionTemplate transaction;

	CurrentUser leader;

	long teamOne;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		long section = this.staff.section();
		this.teamOne = this.staff.team(section);
		long teamTwo = this.staff.team(section);
		long otherTeam = this.staff.team(this.staff.section());
		CurrentUser kari = this.staff.caseworker(this.teamOne);
		CurrentUser siri = this.staff.caseworker(teamTwo);
		CurrentUser olga = this.staff.caseworker(otherTeam);
		this.leader = this.staff.sectionLeader(section);
		LocalDate longAgo = TODAY.minusDays(100);
		long anna = this.participants.aParticipant().named("Anna Side").includedOn(longAgo).by(kari);
		long bjorn = this.participants.aParticipant().named("Bjørn Side").includedOn(longAgo).by(kari);
		this.participants.aParticipant().named("Eva Side").includedOn(longAgo).by(siri);
		long ola = this.participants.aParticipant().named("Ola Annen").includedOn(longAgo).by(olga);
		IsoWeek last = IsoWeek.of(TODAY).plus(-1);
		visit(kari, anna, last.monday(), 90);
		visit(kari, bjorn, last.monday().plusDays(1), 45);
		visit(olga, ola, last.monday(), 300);
		this.pathway.exit(kari, bjorn, TODAY.minusDays(1), ExitReason.MOVED_AWAY);
		long home = this.housing.lease(kari, anna, TODAY);
		this.tenancies.moveIn(kari, anna, home, 0, TODAY, TODAY);
	}

	@Test
	void sideBySideTheFiguresAreThoseReadOneAfterTheOther() {
		for (CaseloadFilter filter : List.of(CaseloadFilter.all(),
				new CaseloadFilter(null, this.teamOne, null, null, null))) {
			CaseloadDashboard sideBySide = this.service.dashboard(this.leader, filter);
			CaseloadDashboard inOne = this.transaction.execute((status) -> this.service.dashboard(this.leader, filter));
			assertThat(sideBySide).isEqualTo(inOne);
		}
		CaseloadDashboard all = this.service.dashboard(this.leader, CaseloadFilter.all());
		// Anna and Eva active (Bjørn exited yesterday); Ola is another section's.
		assertThat(all.caseloads().stream().mapToInt(CaseloadDashboard.TeamCaseload::active).sum()).isEqualTo(2);
		// Kari's 90 + 45 minutes last week; Olga's 300 are not the leader's to see.
		assertThat(all.directTime()).hasSize(1);
		assertThat(all.directTime().get(0).weeks().get(11).minutes()).isEqualTo(135);
		assertThat(all.housing().daysInPeriod().housed()).isEqualTo(1);
		assertThat(all.exits()).containsExactly(new CaseloadDashboard.ExitCount(ExitReason.MOVED_AWAY, 1));
		assertThat(all.teamCounts().stream().mapToLong(CaseloadDashboard.TeamCounts::fitActive).sum()).isEqualTo(2);
	}

	@Test
	void theDashboardPageOverRealHttpShowsTheFiguresReadSideBySide() {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(this.leader.getUsername(), TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> page = browser.get("/dashboard?team=" + this.teamOne);
		assertThat(page.statusCode()).isEqualTo(200);
		// Kari's 135 minutes of a 37.5-hour week last week: 6 %.
		assertThat(page.body()).contains("6 % (135 min)").doesNotContain("300 min").doesNotContain("Ola Annen");
	}

	private void visit(CurrentUser by, long participant, LocalDate date, int minutes) {
		this.visits.log(by, participant, UUID.randomUUID(), new VisitDetails(date, VisitKind.HOME_VISIT, true, null,
				null, minutes, null, Set.of(), Set.of(), false, null));
	}

}
