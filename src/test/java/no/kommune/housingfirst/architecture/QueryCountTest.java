package no.kommune.housingfirst.architecture;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.QueryCounter;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SQL statements the busiest pages cost, counted, so a page cannot quietly start
 * reading the same rows twice or one row per item. Measured before the one-call-per-page
 * work at 8 (participant page), 16 (Bolig tab), 12 (meeting page) and 7 (saving a visit);
 * the Bolig tab is now 13 and the meeting page 9 (one service call each: the participant
 * is read once, its consent comes with the header, the team name alone instead of every
 * team). The counts include the signed-in staff member's reload and MockMvc's session
 * rows; since the staff rights epoch, the person is not reloaded but the epoch read. The
 * participant page's and Min uke's notices are one statement for all providers
 * (PageCostServerTest counts both over real HTTP with a real session).
 */
@IntegrationTest
class QueryCountTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	no.kommune.housingfirst.shared.security.CurrentUserLoader loader;

	long section;

	CurrentUser kari;

	long participant;

	long allocation;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.kari = this.staff.caseworker(this.staff.team(this.section));
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusDays(20)).by(this.kari);
		this.housing.lease(this.kari, this.participant, TODAY.plusDays(3));
		this.allocation = this.housing.allocate(this.kari,
				this.participants.aParticipant().includedOn(TODAY.minusDays(20)).by(this.kari));
		this.entityManager.flush();
		this.entityManager.clear();
		// As after a login: the person carries the rights epoch they were loaded at, so a
		// request reads the epoch and not the person (RightsEpochServerTest).
		this.kari = this.kari.withRightsEpoch(this.loader.rightsEpoch().orElseThrow());
	}

	@Test
	void theParticipantPage() throws Exception {
		// Twelve when each notice provider sent its own queries (bo-plan, FIT, the
		// tenancy's complaints and early warning, crisis stays); eight since they are one
		// statement and the person is no longer reloaded (the rights epoch instead).
		assertThat(statements(get("/participants/" + this.participant).with(user(this.kari)))).isLessThanOrEqualTo(8);
	}

	@Test
	void theBoligTab() throws Exception {
		assertThat(statements(get("/participants/" + this.participant + "/housing").with(user(this.kari))))
			.isLessThanOrEqualTo(13);
	}

	@Test
	void theMeetingPage() throws Exception {
		long owner = this.entityManager
			.createQuery("select a.participantId from Allocation a where a.id = :id", Long.class)
			.setParameter("id", this.allocation)
			.getSingleResult();
		assertThat(statements(get("/participants/" + owner + "/housing/allocations/" + this.allocation + "/meeting")
			.with(user(this.kari)))).isLessThanOrEqualTo(9);
	}

	/**
	 * Ten since the visit roll-ups are kept in the saving transaction: the participant's
	 * advisory lock, the week and the latest contact (VisitRollups).
	 */
	@Test
	void savingAVisit() throws Exception {
		assertThat(statements(post("/participants/" + this.participant + "/visits/new").with(csrf())
			.with(user(this.kari))
			.param("key", UUID.randomUUID().toString())
			.param("date", TODAY.toString())
			.param("kind", "HOME_VISIT")
			.param("contact", "true")
			.param("durationMinutes", "45"))).isLessThanOrEqualTo(10);
	}

	/**
	 * Min uke costs the same whatever the caseload: each notice provider answers for all
	 * rows at once.
	 */
	@Test
	void minUkeDoesNotGrowWithTheCaseload() throws Exception {
		int few = statements(get("/my-week").with(user(this.kari)));
		for (int i = 0; i < 6; i++) {
			this.participants.aParticipant().includedOn(TODAY.minusDays(60)).by(this.kari);
		}
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(statements(get("/my-week").with(user(this.kari)))).isEqualTo(few);
	}

	/**
	 * The section leader's dashboard costs the same whatever the caseload: every figure
	 * is one aggregate query for all the section's teams.
	 */
	@Test
	void theDashboardDoesNotGrowWithTheCaseload() throws Exception {
		CurrentUser leader = this.staff.sectionLeader(this.section);
		int few = statements(get("/dashboard").with(user(leader)));
		for (int i = 0; i < 6; i++) {
			this.participants.aParticipant().includedOn(TODAY.minusDays(60)).by(this.kari);
		}
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(statements(get("/dashboard").with(user(leader)))).isEqualTo(few);
	}

	/**
	 * A list behind a dashboard number and the yearly report cost the same whatever the
	 * caseload: ids from one query, the page of names from one more.
	 */
	@Test
	void theDashboardsListsAndYearlyReportDoNotGrowWithTheCaseload() throws Exception {
		CurrentUser leader = this.staff.sectionLeader(this.section);
		int list = statements(get("/dashboard/people").param("measure", "caseload").with(user(leader)));
		int year = statements(get("/dashboard/year").with(user(leader)));
		for (int i = 0; i < 6; i++) {
			this.participants.aParticipant().includedOn(TODAY.minusDays(60)).by(this.kari);
		}
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(statements(get("/dashboard/people").param("measure", "caseload").with(user(leader))))
			.isEqualTo(list);
		assertThat(statements(get("/dashboard/year").with(user(leader)))).isEqualTo(year);
	}

	private int statements(RequestBuilder request) throws Exception {
		QueryCounter.reset();
		this.mvc.perform(request).andExpect(status().is(org.hamcrest.Matchers.lessThan(400)));
		this.entityManager.flush();
		int count = QueryCounter.count();
		return count;
	}

}
