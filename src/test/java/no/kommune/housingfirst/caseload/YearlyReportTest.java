package no.kommune.housingfirst.caseload;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.participant.ParticipantPathway;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The yearly report on a fixture worked out by hand, for last year (Y).
 * <p>
 * Section S, one team, Kari: A1–A6 included on 1 February Y; B included in June the year
 * before and still followed up; C included and exited (moved away) the year before. A5
 * moved away on 1 June Y, A6 died on 1 July Y. Fifteen visits with contact in Y (three to
 * A1, two to each of the others followed up), and one in the year before.
 * <ul>
 * <li>Included in Y: 6. Followed up during Y: A1–A6 and B, 7 (C left before Y). Still
 * followed up at the end of Y: A1–A4 and B, 5.</li>
 * <li>Visits with contact per participant followed up: 15 / 7 = 2.1.</li>
 * <li>Nobody housed in Y: 0, shown as 0; no median or shares (–).</li>
 * <li>Exits in Y: 2 (one moved away, one died): the total and both reasons are "under
 * 5".</li>
 * </ul>
 * Section O (another leader's) includes three in Y with visits: none of it counts.
 */
@IntegrationTest
class YearlyReportTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final int Y = TODAY.getYear() - 1;

	@Autowired
	CaseloadService service;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

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

	long s;

	long o;

	CurrentUser kari;

	CurrentUser leader;

	@BeforeEach
	void setUp() {
		this.s = this.staff.section();
		this.o = this.staff.section();
		this.kari = this.staff.caseworker(this.staff.team(this.s));
		CurrentUser olga = this.staff.caseworker(this.staff.team(this.o));
		this.leader = this.staff.sectionLeader(this.s);
		long[] a = new long[6];
		for (int i = 0; i < 6; i++) {
			a[i] = included(this.kari, "A" + (i + 1), LocalDate.of(Y, 2, 1));
		}
		long b = included(this.kari, "B", LocalDate.of(Y - 1, 6, 1));
		long c = included(this.kari, "C", LocalDate.of(Y - 1, 3, 1));
		visit(this.kari, a[0], LocalDate.of(Y, 3, 1));
		for (long p : new long[] { a[0], a[1], a[2], a[3], b }) {
			visit(this.kari, p, LocalDate.of(Y, 4, 1));
			visit(this.kari, p, LocalDate.of(Y, 12, 31));
		}
		visit(this.kari, a[4], LocalDate.of(Y, 1, 1));
		visit(this.kari, a[4], LocalDate.of(Y, 5, 1));
		visit(this.kari, a[5], LocalDate.of(Y, 5, 1));
		visit(this.kari, a[5], LocalDate.of(Y, 6, 1));
		visit(this.kari, b, LocalDate.of(Y - 1, 12, 31));
		// Exits after the visits (a visit is not logged for someone who has left).
		exited(c, LocalDate.of(Y - 1, 12, 1), ExitReason.MOVED_AWAY);
		exited(a[4], LocalDate.of(Y, 6, 1), ExitReason.MOVED_AWAY);
		exited(a[5], LocalDate.of(Y, 7, 1), ExitReason.DECEASED);
		for (int i = 0; i < 3; i++) {
			long theirs = included(olga, "O" + i, LocalDate.of(Y, 3, 1));
			visit(olga, theirs, LocalDate.of(Y, 4, 1));
		}
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void theYearsFiguresWithSmallNumbersHidden() {
		YearlyReport r = this.service.yearlyReport(this.leader, Y, null);
		assertThat(r.from()).isEqualTo(LocalDate.of(Y, 1, 1));
		assertThat(r.to()).isEqualTo(LocalDate.of(Y, 12, 31));
		assertThat(r.included()).isEqualTo(new YearlyReport.Count(6, false));
		assertThat(r.followedUp()).isEqualTo(new YearlyReport.Count(7, false));
		assertThat(r.activeAtEnd()).isEqualTo(new YearlyReport.Count(5, false));
		assertThat(r.contactsPerParticipant()).isEqualTo(2.1);
		assertThat(r.housed()).isEqualTo(new YearlyReport.Count(0, false));
		assertThat(r.medianDays()).isNull();
		assertThat(r.within42Percent()).isNull();
		assertThat(r.within90Percent()).isNull();
		assertThat(r.exitsTotal()).isEqualTo(new YearlyReport.Count(2, true));
		assertThat(r.exits()).containsExactlyInAnyOrder(
				new YearlyReport.ExitLine(ExitReason.MOVED_AWAY, new YearlyReport.Count(1, true)),
				new YearlyReport.ExitLine(ExitReason.DECEASED, new YearlyReport.Count(1, true)));
		// The default year is last year; the section chosen, or all the leader leads.
		assertThat(this.service.yearlyReport(this.leader, null, null)).isEqualTo(r);
		assertThat(this.service.yearlyReport(this.leader, null, this.s).included().value()).isEqualTo(6);
		// The year before: B and C included, C exited; one visit.
		YearlyReport before = this.service.yearlyReport(this.leader, Y - 1, null);
		assertThat(before.included()).isEqualTo(new YearlyReport.Count(2, true));
		assertThat(before.contactsPerParticipant()).isNull();
	}

	@Test
	void anotherSectionOrAYearOutOfRangeIsNotFound() {
		assertThatThrownBy(() -> this.service.yearlyReport(this.leader, Y, this.o))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.yearlyReport(this.leader, TODAY.getYear() + 1, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.yearlyReport(this.leader, 1999, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.yearlyReport(this.kari, Y, null)).isInstanceOf(NotFoundException.class);
		// This year runs to today.
		assertThat(this.service.yearlyReport(this.leader, TODAY.getYear(), null).to()).isEqualTo(TODAY);
	}

	@Test
	void thePageAndTheWorkbook() throws Exception {
		this.mvc.perform(get("/dashboard/year").param("year", String.valueOf(Y)).with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Årsrapport " + Y)))
			.andExpect(content().string(containsString("<td class=\"text-end text-nowrap\">2,1</td>")))
			.andExpect(content().string(containsString("<td class=\"text-end text-nowrap\">under 5</td>")))
			// Nobody by name (a bare "A1" can occur in a token or a hash).
			.andExpect(content().string(not(containsString(">A1<"))))
			.andExpect(content().string(containsString("/dashboard/year.xlsx?year=" + Y)));
		// What cannot be read is said next to the field, and last year is shown.
		this.mvc.perform(get("/dashboard/year").param("year", "i fjor").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv et helt tall.")))
			.andExpect(content().string(containsString("Årsrapport " + Y)));
		this.mvc.perform(get("/dashboard/year").param("year", "1999").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Må være mellom 2000 og " + TODAY.getYear() + ".")));
		this.mvc.perform(get("/dashboard/year.xlsx").param("year", "i fjor").with(user(this.leader)))
			.andExpect(redirectedUrl("/dashboard/year?year=i%20fjor"));

		byte[] file = this.mvc
			.perform(get("/dashboard/year.xlsx").param("year", String.valueOf(Y)).with(user(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Om uttrekket", "Nøkkeltall",
					"Bostabilitet", "Avslutninger");
			List<Row> about = workbook.findSheet("Om uttrekket").orElseThrow().read();
			assertThat(about.get(0).getCellText(0)).isEqualTo("Årsrapport");
			assertThat(about.get(1).getCellAsDate(1)).contains(LocalDate.of(Y, 1, 1).atStartOfDay());
			List<Row> key = workbook.findSheet("Nøkkeltall").orElseThrow().read();
			assertThat(key.get(1).getCellText(0)).isEqualTo("Inkludert i året");
			assertThat(key.get(1).getCellAsNumber(1)).contains(new BigDecimal("6"));
			assertThat(key.get(9).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("2.1");
			assertThat(key.get(10).getCellText(0)).isEqualTo("Avsluttet i året");
			assertThat(key.get(10).getCellText(1)).isEqualTo("under 5");
			List<Row> exits = workbook.findSheet("Avslutninger").orElseThrow().read();
			assertThat(exits).hasSize(3);
			assertThat(exits.subList(1, 3)).allMatch((row) -> "under 5".equals(row.getCellText(1)));
		}
	}

	@Test
	void forSectionLeadersOfTheirOwnSectionsOnly() throws Exception {
		for (String path : new String[] { "/dashboard/year", "/dashboard/year.xlsx" }) {
			this.mvc.perform(get(path).with(user(this.kari))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(this.staff.admin()))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(user(this.staff.withRole(Role.NAV)))).andExpect(status().isForbidden());
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(path).param("section", String.valueOf(this.o)).with(user(this.leader)))
				.andExpect(status().isNotFound());
		}
	}

	/**
	 * Secondary suppression: one hidden reason beside a shown total could be worked out,
	 * so the smallest shown one is hidden with it.
	 */
	@Test
	void oneHiddenExitReasonTakesTheNextSmallestWithIt() {
		List<YearlyReport.ExitLine> counted = List.of(line(ExitReason.MOVED_AWAY, 7), line(ExitReason.DECEASED, 3),
				line(ExitReason.STABLE_WITHOUT_FOLLOW_UP, 6), line(ExitReason.BOUGHT_OWN_HOME, 0));
		assertThat(YearlyReport.exits(counted, YearlyReport.Count.of(16))).containsExactly(
				new YearlyReport.ExitLine(ExitReason.MOVED_AWAY, new YearlyReport.Count(7, false)),
				new YearlyReport.ExitLine(ExitReason.DECEASED, new YearlyReport.Count(3, true)),
				new YearlyReport.ExitLine(ExitReason.STABLE_WITHOUT_FOLLOW_UP, new YearlyReport.Count(6, true)));
		// Two hidden already: nothing more to hide.
		List<YearlyReport.ExitLine> two = List.of(line(ExitReason.MOVED_AWAY, 7), line(ExitReason.DECEASED, 3),
				line(ExitReason.STABLE_WITHOUT_FOLLOW_UP, 2));
		assertThat(YearlyReport.exits(two, YearlyReport.Count.of(12))).extracting((e) -> e.count().hidden())
			.containsExactly(false, true, true);
		assertThat(YearlyReport.percent(4, 4)).isNull();
		assertThat(YearlyReport.percent(4, 5)).isEqualTo(80);
		assertThat(YearlyReport.Count.of(0).hidden()).isFalse();
		assertThat(YearlyReport.Count.of(5).hidden()).isFalse();
	}

	private static YearlyReport.ExitLine line(ExitReason reason, int count) {
		return new YearlyReport.ExitLine(reason, YearlyReport.Count.of(count));
	}

	private long included(CurrentUser by, String name, LocalDate on) {
		return this.participants.aParticipant().named(name).includedOn(on).by(by);
	}

	private void exited(long participant, LocalDate on, ExitReason reason) {
		this.pathway.exit(this.kari, participant, on, reason);
		this.entityManager.flush();
	}

	private void visit(CurrentUser by, long participant, LocalDate on) {
		long id = this.visits.log(by, participant, UUID.randomUUID(), new VisitDetails(TODAY, VisitKind.HOME_VISIT,
				true, null, null, 30, null, Set.of(), Set.of(), false, null));
		this.entityManager.flush();
		this.jdbc.update("UPDATE visit SET visit_date = ? WHERE id = ?", on, id);
		this.entityManager.clear();
	}

}
