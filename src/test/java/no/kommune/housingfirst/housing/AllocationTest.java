package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

import no.kommune.housingfirst.firstrent.EstablishmentGrant;
import no.kommune.housingfirst.firstrent.FirstRentQueue;
import no.kommune.housingfirst.firstrent.RentPayer;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * What a team hit when they tried the way into a home: two allocations at once, a meeting
 * that could not be corrected, meeting tasks that never followed NAV's confirmation, and
 * NAV's "last 30 days" listing old confirmations. Each fails on the code before the fix.
 */
@IntegrationTest
class AllocationTest {

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
	HousingOffers offers;

	@Autowired
	FirstRentQueue firstRents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	CurrentUser kari;

	long participant;

	@BeforeEach
	void setUp() {
		this.kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.participant = this.participants.aParticipant()
			.named("Alva Tildelt")
			.includedOn(TODAY.minusDays(40))
			.by(this.kari);
	}

	@Test
	void aPendingAllocationBlocksANewOfferUntilItIsReleased() throws Exception {
		long first = this.housing.allocate(this.kari, this.participant);
		long unit = this.jdbc.queryForObject("SELECT unit_id FROM allocation WHERE id = ?", Long.class, first);
		long a = this.housing.unit(TestStaff.unique("Nyveien "), "Midtbyen", 8000);
		long b = this.housing.unit(TestStaff.unique("Nyveien "), "Lerkendal", 8000);

		perform(post(base() + "/offers").param("unitIds", String.valueOf(a), String.valueOf(b)))
			.andExpect(flash().attribute("problem", "housing.offer.rule.allocationPending"));
		this.entityManager.flush();
		assertThat(count("SELECT count(*) FROM housing_offer WHERE participant_id = ?")).isEqualTo(1);
		assertThat(status(a)).isEqualTo("AVAILABLE");

		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("Frigi boligen")));
		// Without a reason nothing happens.
		perform(post(base() + "/allocations/" + first + "/release").param("version", "0"))
			.andExpect(flash().attribute("problem", "housing.allocation.rule.releaseReasonNeeded"));
		perform(post(base() + "/allocations/" + first + "/release").param("version", "0")
			.param("reason", "UNIT_NOT_READY"))
			.andExpect(flash().attribute("message", "housing.allocation.releasedMessage"));
		this.entityManager.flush();
		assertThat(status(unit)).isEqualTo("RESERVED_HF");
		assertThat(this.jdbc.queryForObject("SELECT release_reason FROM allocation WHERE id = ?", String.class, first))
			.isEqualTo("UNIT_NOT_READY");
		// Released twice is refused; a released allocation gets no meeting and no lease.
		perform(post(base() + "/allocations/" + first + "/release").param("version", String.valueOf(version(first)))
			.param("reason", "OTHER")).andExpect(flash().attribute("problem", "housing.allocation.rule.released"));
		this.mvc.perform(get("/allocation-meetings").with(user(this.kari)))
			.andExpect(content().string(not(containsString("Alva Tildelt"))));
		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("Tildelingen ble frigitt")))
			.andExpect(content().string(containsString("Boligen ble ikke klar")));

		perform(post(base() + "/offers").param("unitIds", String.valueOf(a), String.valueOf(b)))
			.andExpect(flash().attribute("message", "housing.offer.made"));
		this.entityManager.flush();
		assertThat(count("SELECT count(*) FROM housing_offer WHERE participant_id = ?")).isEqualTo(2);
	}

	@Test
	void theViewingIsRecordedFirstAndTheAnswerLaterWithItsOwnDay() throws Exception {
		long a = this.housing.unit(TestStaff.unique("Visningsveien "), "Midtbyen", 8000);
		long b = this.housing.unit(TestStaff.unique("Visningsveien "), "Lerkendal", 8000);
		long offer = this.offers.offer(this.kari, this.participant, List.of(a, b), TODAY.minusDays(10));
		String unit = base() + "/offers/" + offer + "/units/" + a;
		// A viewing in the future, or a date that is no date, is refused and saves
		// nothing.
		perform(post(unit).param("answer", "VIEWING").param("viewingOn", TODAY.plusDays(1).toString()))
			.andExpect(flash().attribute("problem", "housing.offer.rule.viewingDate"));
		perform(post(unit).param("answer", "VIEWING").param("viewingOn", "31.02.2026"))
			.andExpect(flash().attribute("problem", "housing.offer.rule.viewingDate"));
		perform(post(unit).param("answer", "VIEWING")
			.param("viewingOn", TODAY.minusDays(7).toString())
			.param("viewingWith", "Miljøterapeut"))
			.andExpect(flash().attribute("message", "housing.offer.viewingSaved"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"SELECT viewing_on || ' ' || viewing_with || ' ' || (answer IS NULL) FROM housing_offer_unit WHERE offer_id = ? AND unit_id = ?",
				String.class, offer, a))
			.isEqualTo(TODAY.minusDays(7) + " Miljøterapeut true");
		// The answer days later: the meeting clock starts on the day they chose.
		LocalDate chose = TODAY.minusDays(3);
		perform(post(unit).param("answer", "CHOSEN").param("answeredOn", chose.toString()))
			.andExpect(flash().attribute("message", "housing.offer.chosen"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT allocated_on FROM allocation WHERE participant_id = ?",
				LocalDate.class, this.participant))
			.isEqualTo(chose);
		assertThat(this.jdbc.queryForObject("SELECT meeting_due FROM allocation WHERE participant_id = ?",
				LocalDate.class, this.participant))
			.isEqualTo(WorkingDays.plusWorkingDays(chose, 3));
		assertThat(
				this.jdbc.queryForObject("SELECT viewing_on FROM housing_offer_unit WHERE offer_id = ? AND unit_id = ?",
						LocalDate.class, offer, a))
			.as("the viewing recorded earlier is kept")
			.isEqualTo(TODAY.minusDays(7));
	}

	@Test
	void theMeetingIsBookedAheadThenRecordedAsHeldWithMinutes() throws Exception {
		long allocation = this.housing.allocate(this.kari, this.participant);
		String plan = base() + "/allocations/" + allocation + "/meeting/plan";
		this.mvc.perform(get(plan).with(user(this.kari))).andExpect(content().string(containsString("Book møtet")));
		// In the past, or without a time: refused by the field, nothing saved.
		perform(post(plan).param("plannedOn", TODAY.minusDays(1).toString())
			.param("plannedTime", "10:00")
			.param("version", "0")).andExpect(content().string(containsString("id=\"plannedOn-error\"")));
		perform(post(plan).param("plannedOn", TODAY.plusDays(2).toString())
			.param("plannedTime", "25:99")
			.param("version", "0")).andExpect(content().string(containsString("id=\"plannedTime-error\"")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT meeting_planned_at IS NULL FROM allocation WHERE id = ?",
				Boolean.class, allocation))
			.isTrue();
		perform(post(plan).param("plannedOn", TODAY.plusDays(2).toString())
			.param("plannedTime", "10:30")
			.param("version", "0")).andExpect(flash().attribute("message", "housing.meeting.planned"));
		this.entityManager.flush();
		String booked = "booket til "
				+ TODAY.plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " kl. 10:30";
		this.mvc.perform(get(base()).with(user(this.kari))).andExpect(content().string(containsString(booked)));
		this.mvc.perform(get("/allocation-meetings").with(user(this.kari)))
			.andExpect(content().string(containsString(booked)));

		perform(post(base() + "/allocations/" + allocation + "/meeting").param("heldOn", TODAY.toString())
			.param("team", "true")
			.param("participant", "true")
			.param("minutes", "Boligtjenesten tar visningen.")
			.param("version", String.valueOf(version(allocation))))
			.andExpect(flash().attribute("message", "housing.meeting.saved"));
		this.entityManager.flush();
		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("Deltakeren var med.")))
			.andExpect(content().string(containsString("Boligtjenesten tar visningen.")))
			.andExpect(content().string(not(containsString(booked))));
		// A held meeting is not booked again.
		perform(post(plan).param("plannedOn", TODAY.plusDays(3).toString())
			.param("plannedTime", "09:00")
			.param("version", String.valueOf(version(allocation))))
			.andExpect(content().string(containsString("Møtet er allerede holdt.")));
	}

	@Test
	void aLostHomeRecordsWhatWentWrongAndWhereThePersonStaysAndTheNextOfferWarns() throws Exception {
		long tenancy = this.housing.lease(this.kari, this.participant, TODAY.minusDays(20));
		this.entityManager.flush();
		perform(post(base() + "/tenancies/" + tenancy + "/move-in").param("keysOn", TODAY.minusDays(20).toString())
			.param("firstNightOn", TODAY.minusDays(20).toString())
			.param("version", "0")).andExpect(flash().attribute("message", "housing.tenancy.movedInMessage"));
		this.entityManager.flush();
		String street = this.jdbc.queryForObject(
				"SELECT u.street_address FROM housing_unit u JOIN tenancy t ON t.unit_id = u.id WHERE t.id = ?",
				String.class, tenancy);
		int version = this.jdbc.queryForObject("SELECT version FROM tenancy WHERE id = ?", Integer.class, tenancy);
		// Lost the home with follow-up going on: where the person stays now is needed.
		perform(post(base() + "/tenancies/" + tenancy + "/end").param("endedOn", TODAY.toString())
			.param("reason", "EVICTION")
			.param("version", String.valueOf(version)))
			.andExpect(content().string(containsString("id=\"stayAfter-error\"")));
		perform(post(base() + "/tenancies/" + tenancy + "/end").param("endedOn", TODAY.toString())
			.param("reason", "EVICTION")
			.param("whatWentWrong", "Mange besøkende om natten, klager fra borettslaget.")
			.param("stayAfter", "FRIENDS_SOFA")
			.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("message", "housing.tenancy.endedRehousing"));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.jdbc.queryForObject("SELECT current_stay FROM participant WHERE id = ?", String.class,
				this.participant))
			.isEqualTo("FRIENDS_SOFA");
		assertThat(this.jdbc.queryForObject(
				"SELECT new_value FROM participant_change WHERE participant_id = ? AND field = 'currentStay'",
				String.class, this.participant))
			.isEqualTo("FRIENDS_SOFA");
		// A unit in the same building is marked when the next offer is made.
		this.housing.unit(street, "Midtbyen", 8000);
		this.housing.unit(TestStaff.unique("Annetbygg "), "Midtbyen", 8000);
		String page = this.mvc.perform(get(base()).with(user(this.kari)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hva gikk galt: Mange besøkende om natten", "Bodde etterpå: Hos venner (sofa)");
		assertThat(page.split("Mistet en bolig i dette bygget før", -1)).as("one unit is in the lost building")
			.hasSize(2);
	}

	@Test
	void anotherParticipantsRecordIdIsA404WithoutAnAllowedRead() throws Exception {
		long other = this.participants.aParticipant().by(this.kari);
		long allocation = this.housing.allocate(this.kari, other);
		this.entityManager.flush();
		this.mvc.perform(get(base() + "/allocations/" + allocation + "/meeting").with(user(this.kari)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE participant_id = ? AND action = 'READ' AND record_id = ?",
				Long.class, this.participant, allocation))
			.isZero();
	}

	@Test
	void aSignedAllocationCannotBeReleased() throws Exception {
		long tenancy = this.housing.lease(this.kari, this.participant, TODAY);
		this.entityManager.flush();
		long allocation = this.jdbc.queryForObject("SELECT allocation_id FROM tenancy WHERE id = ?", Long.class,
				tenancy);
		perform(post(base() + "/allocations/" + allocation + "/release").param("version", "0").param("reason", "OTHER"))
			.andExpect(flash().attribute("problem", "housing.allocation.rule.signed"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT released_on IS NULL FROM allocation WHERE id = ?", Boolean.class,
				allocation))
			.isTrue();
	}

	@Test
	void aRecordedMeetingCanBeCorrected() throws Exception {
		long allocation = this.housing.allocate(this.kari, this.participant);
		meeting(allocation, 0, "FOLLOW_UP_TEAM").andExpect(flash().attribute("message", "housing.meeting.saved"));
		// Each request in a transaction of its own, as over HTTP: nothing stays loaded.
		this.entityManager.flush();
		this.entityManager.clear();
		int version = this.jdbc.queryForObject("SELECT version FROM allocation WHERE id = ?", Integer.class,
				allocation);
		// The correction: the same form again, with another responsible party.
		meeting(allocation, version, "HOUSING_SERVICE")
			.andExpect(flash().attribute("message", "housing.meeting.saved"));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.jdbc.queryForObject(
				"SELECT responsible FROM allocation_task WHERE allocation_id = ? AND task = 'VIEWING'", String.class,
				allocation))
			.isEqualTo("HOUSING_SERVICE");
		// The conflict of a stale correction needs real commits:
		// MeetingCorrectionServerTest.
	}

	@Test
	void navsConfirmationMarksTheMeetingTasksItDoes() throws Exception {
		long tenancy = this.housing.lease(this.kari, this.participant, TODAY);
		this.entityManager.flush();
		long allocation = this.jdbc.queryForObject("SELECT allocation_id FROM tenancy WHERE id = ?", Long.class,
				tenancy);
		meeting(allocation, 0, "FOLLOW_UP_TEAM").andExpect(flash().attribute("message", "housing.meeting.saved"));
		this.entityManager.flush();
		long task = this.jdbc.queryForObject("SELECT id FROM first_rent_task WHERE tenancy_id = ?", Long.class,
				tenancy);
		this.mvc
			.perform(post("/nav/first-rent/" + task).with(csrf())
				.with(user(this.staff.withRole(Role.NAV)))
				.param("paidBy", "NAV")
				.param("paidOn", TODAY.toString())
				.param("amount", "9100")
				.param("reference", "NAV-1")
				.param("depositGuarantee", "true")
				.param("grant", "PENDING")
				.param("rentDeductionSetUp", "true"))
			.andExpect(flash().attribute("message", "firstrent.confirmed"));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.jdbc.queryForList(
				"SELECT task || ':' || coalesce(responsible, '-') || ':' || done FROM allocation_task WHERE allocation_id = ? ORDER BY task",
				String.class, allocation))
			.contains("FIRST_RENT:NAV:true", "DEPOSIT:NAV:true", "FURNITURE_GRANT:-:false",
					"VIEWING:FOLLOW_UP_TEAM:false");
		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("9 100 kr")))
			.andExpect(content().string(not(containsString("9 100,00"))));
	}

	@Test
	void confirmationsRecordedForAnEarlierDayAreNotAmongTheLastThirtyDays() {
		CurrentUser nav = this.staff.withRole(Role.NAV);
		long old = this.participants.aParticipant().named("Gammel Bekreftelse").by(this.kari);
		long oldTask = task(this.housing.lease(this.kari, old, TODAY.minusDays(60)));
		long fresh = task(this.housing.lease(this.kari, this.participant, TODAY));
		FirstRentQueue.Confirmation confirmation = new FirstRentQueue.Confirmation(RentPayer.PARTICIPANT, null, null,
				null, null, EstablishmentGrant.NOT_APPLIED, null);
		this.firstRents.confirm(nav, oldTask, confirmation, TODAY.minusDays(61));
		this.firstRents.confirm(nav, fresh, confirmation);
		this.entityManager.flush();
		assertThat(this.firstRents.recentlyConfirmed(nav)).extracting(FirstRentQueue.Row::id)
			.contains(fresh)
			.doesNotContain(oldTask);
	}

	private long task(long tenancy) {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT id FROM first_rent_task WHERE tenancy_id = ?", Long.class, tenancy);
	}

	private ResultActions meeting(long allocation, int version, String viewingBy) throws Exception {
		return perform(post(base() + "/allocations/" + allocation + "/meeting").param("heldOn", TODAY.toString())
			.param("team", "true")
			.param("nav", "true")
			.param("version", String.valueOf(version))
			.param("responsible-VIEWING", viewingBy)
			.param("responsible-FIRST_RENT", "NAV")
			.param("responsible-DEPOSIT", "NAV"));
	}

	private int version(long allocation) {
		return this.jdbc.queryForObject("SELECT version FROM allocation WHERE id = ?", Integer.class, allocation);
	}

	private String status(long unit) {
		return this.jdbc.queryForObject("SELECT status FROM housing_unit WHERE id = ?", String.class, unit);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class, this.participant);
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(this.kari)));
	}

	private String base() {
		return "/participants/" + this.participant + "/housing";
	}

}
