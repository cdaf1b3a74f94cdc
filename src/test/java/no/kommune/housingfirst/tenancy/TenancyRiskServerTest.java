package no.kommune.housingfirst.tenancy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.housing.HousingTenancies;
import no.kommune.housingfirst.participant.ParticipantNotice;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.Concern;
import no.kommune.housingfirst.visitlog.HomeCondition;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early warning's signs counted in PostgreSQL on hand-made fixtures, through the real
 * services. Two participants moved in on the Monday three weeks before this week (so
 * three completed weeks count):
 * <ul>
 * <li>Ada: one contact visit, in the second of those weeks, where the home needed
 * attention; a complaint 20 days ago, unanswered (its deadline has passed). Signs: one
 * complaint, one visit with a concern, two missed weeks — at risk.</li>
 * <li>Bo: a contact visit every week, damage yesterday, a complaint 95 days ago (outside
 * the 90-day window). Signs: damage only — not at risk.</li>
 * </ul>
 */
@ServerTest
class TenancyRiskServerTest {

	@Autowired
	no.kommune.housingfirst.participant.NoticeStatement noticeStatement;

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
	TenancyEvents events;

	@Autowired
	TenancyMeasures measures;

	@Autowired
	TenancyNotices notices;

	@Autowired
	MessageSource messages;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today;

	LocalDate movedIn;

	CurrentUser kari;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.today = LocalDate.now(TimeConfiguration.OSLO);
		this.movedIn = this.today.with(DayOfWeek.MONDAY).minusWeeks(3);
		long section = this.staff.section();
		this.kari = this.staff.caseworker(this.staff.team(section));
		this.leader = this.staff.person(TestStaff.unique("leader"), Set.of(Role.SECTION_LEADER), Set.of(),
				Set.of(section));
	}

	@Test
	void signsAreCountedInTheWindowAndAddUpOnlyWhenTwoKindsAreSeen() {
		long ada = housed("Ada Fjell");
		long bo = housed("Bo Strand");
		this.visits.log(this.kari, ada, UUID.randomUUID(),
				new VisitDetails(this.movedIn.plusDays(8), VisitKind.HOME_VISIT, true, null, null, 45,
						HomeCondition.NEEDS_ATTENTION, Set.of(Concern.HYGIENE), Set.of(), false, null));
		for (int week = 0; week < 3; week++) {
			this.visits.log(this.kari, bo, UUID.randomUUID(),
					VisitDetails.minimal(this.movedIn.plusDays(1 + 7L * week), VisitKind.HOME_VISIT, true));
		}
		event(ada, TenancyEventKind.COMPLAINT, this.today.minusDays(20));
		event(bo, TenancyEventKind.DAMAGE, this.today.minusDays(1));
		event(bo, TenancyEventKind.COMPLAINT, this.today.minusDays(95));

		TenancyEvents.EventsPage adaPage = this.events.page(this.kari, ada, 0);
		assertThat(adaPage.risk().reasons()).containsExactly(new TenancyRisk.Reason(RiskSign.COMPLAINTS, 1),
				new TenancyRisk.Reason(RiskSign.HOME_CONCERNS, 1), new TenancyRisk.Reason(RiskSign.MISSED_WEEKS, 2));
		assertThat(adaPage.atRisk()).isTrue();
		assertThat(adaPage.overdueComplaints()).isOne();
		TenancyEvents.EventsPage boPage = this.events.page(this.kari, bo, 0);
		assertThat(boPage.risk().reasons()).containsExactly(new TenancyRisk.Reason(RiskSign.DAMAGE, 1));
		assertThat(boPage.atRisk()).isFalse();
		// Bo's old complaint is past its deadline too, and still counts as overdue.
		assertThat(boPage.overdueComplaints()).isOne();

		List<TenancyMeasures.Counts> counts = this.measures.perTeam(this.leader);
		assertThat(counts).hasSize(1);
		assertThat(counts.get(0).overdueComplaints()).isEqualTo(2);
		assertThat(counts.get(0).atRisk()).isOne();
		TenancyMeasures.Counts own = this.measures.ownCaseload(this.kari);
		assertThat(own.overdueComplaints()).isEqualTo(2);
		assertThat(own.atRisk()).isOne();

		List<Long> both = List.of(ada, bo);
		Map<Long, List<ParticipantNotice>> shown = this.notices.noticesFor(both, this.today,
				this.noticeStatement.fetch(this.notices.queriesFor(both, this.today)));
		List<String> adaSays = shown.get(ada).stream().map(this::words).toList();
		assertThat(adaSays).containsExactly(
				"Klage fra Nabo (" + day(this.today.minusDays(20)) + "): svarfristen "
						+ day(ResponseDeadline.respondBy(this.today.minusDays(20), 5)) + " er passert",
				"Leieforholdet kan være i fare (siste 90 dager): én klage de siste 90 dagene, "
						+ "ett besøk der boligen trengte oppfølging og 2 uker uten kontakt");
		assertThat(shown.get(bo)).extracting(ParticipantNotice::messageKey).containsExactly("tenancy.notice.overdue");
	}

	private long housed(String name) {
		long participant = this.participants.aParticipant()
			.named(name)
			.includedOn(this.today.minusDays(60))
			.by(this.kari);
		long tenancy = this.housing.lease(this.kari, participant, this.movedIn.minusDays(7));
		int version = this.jdbc.queryForObject("SELECT version FROM tenancy WHERE id = ?", Integer.class, tenancy);
		this.tenancies.moveIn(this.kari, participant, tenancy, version, this.movedIn, this.movedIn);
		return participant;
	}

	private void event(long participant, TenancyEventKind kind, LocalDate on) {
		this.events.record(this.kari, participant, UUID.randomUUID(), new TenancyEvents.EventDetails(kind, on,
				EventSource.NEIGHBOUR, "Hendelse", null, null, null, null, null, null, false));
	}

	private String words(ParticipantNotice notice) {
		return this.messages.getMessage(notice.messageKey(), notice.args().toArray(), Locale.forLanguageTag("nb"));
	}

	private static String day(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

}
