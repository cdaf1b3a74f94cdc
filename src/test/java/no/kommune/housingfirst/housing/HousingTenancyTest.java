package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From allocation to a home and out of it again, through the pages: the meeting, the
 * lease, the move-in with days to housing, the end of a tenancy and the re-housing, and
 * every impossible step refused without changing anything.
 */
@IntegrationTest
class HousingTenancyTest {

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
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long section;

	CurrentUser kari;

	long participant;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.kari = this.staff.caseworker(this.staff.team(this.section));
		this.participant = this.participants.aParticipant()
			.named("Bo Hjem")
			.includedOn(TODAY.minusDays(30))
			.by(this.kari);
	}

	@Test
	void meetingLeaseAndMoveInMakeTheParticipantHousedWithDaysToHousing() throws Exception {
		long allocation = this.housing.allocate(this.kari, this.participant);
		this.mvc.perform(get(base() + "/allocations/" + allocation + "/meeting").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Avklare behov for verge")));
		perform(post(base() + "/allocations/" + allocation + "/meeting").param("heldOn", TODAY.toString())
			.param("housingService", "true")
			.param("team", "true")
			.param("nav", "true")
			.param("version", "0")
			.param("responsible-VIEWING", "FOLLOW_UP_TEAM")
			.param("done-VIEWING", "true")
			.param("responsible-FIRST_RENT", "NAV")).andExpect(flash().attribute("message", "housing.meeting.saved"));
		this.entityManager.flush();
		assertThat(this.jdbc
			.queryForList("SELECT task || ':' || coalesce(responsible, '-') || ':' || done FROM allocation_task "
					+ "WHERE allocation_id = ? ORDER BY task", String.class, allocation))
			.contains("VIEWING:FOLLOW_UP_TEAM:true", "FIRST_RENT:NAV:false", "GUARDIAN:-:false")
			.hasSize(MeetingTask.values().length);

		perform(post(base() + "/allocations/" + allocation + "/tenancy").param("kind", "LEASE")
			.param("startsOn", TODAY.toString())
			.param("term", "FIVE_YEARS")
			.param("monthlyRentKroner", "8500")
			.param("landlord", "Trondheim kommune")
			.param("deposit", "NAV_GUARANTEE")
			.param("rentDeduction", "true")).andExpect(flash().attribute("message", "housing.tenancy.signed"));
		this.entityManager.flush();
		Map<String, Object> unit = this.jdbc.queryForMap(
				"SELECT u.status, u.let_to_housing_first FROM housing_unit u JOIN allocation a ON a.unit_id = u.id WHERE a.id = ?",
				allocation);
		assertThat(unit).containsEntry("status", "LET").containsEntry("let_to_housing_first", true);
		long tenancy = this.jdbc.queryForObject("SELECT id FROM tenancy WHERE allocation_id = ?", Long.class,
				allocation);
		assertThat(this.jdbc.queryForObject("SELECT ends_on FROM tenancy WHERE id = ?", LocalDate.class, tenancy))
			.isEqualTo(TODAY.plusYears(5).minusDays(1));
		assertThat(this.jdbc.queryForObject("SELECT due_on FROM first_rent_task WHERE tenancy_id = ?", LocalDate.class,
				tenancy))
			.isEqualTo(TODAY);

		perform(post(base() + "/tenancies/" + tenancy + "/move-in").param("keysOn", TODAY.toString())
			.param("firstNightOn", TODAY.toString())
			.param("version", "0")).andExpect(flash().attribute("message", "housing.tenancy.movedInMessage"));
		this.entityManager.flush();
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM participant WHERE id = ?", String.class, this.participant))
			.isEqualTo("HOUSED");
		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("Dager til bolig: 30")))
			.andExpect(content().string(containsString("Tildelingsmøte holdt")))
			.andExpect(content().string(containsString("Venter på NAV")))
			.andExpect(content().string(not(containsString("Nytt tilbud"))));
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.kari)))
			.andExpect(content().string(containsString("Dager til bolig: 30")));
	}

	@Test
	void aPurchaseWithStartlanLetsTheUnitWithoutAFirstRentTask() throws Exception {
		long allocation = this.housing.allocate(this.kari, this.participant);
		perform(post(base() + "/allocations/" + allocation + "/tenancy").param("kind", "PURCHASE")
			.param("startsOn", TODAY.toString())).andExpect(flash().attribute("message", "housing.tenancy.purchased"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM first_rent_task WHERE participant_id = ?", Long.class,
				this.participant))
			.isZero();
	}

	@Test
	void wrongInputIsMarkedByTheFieldAndSavesNothing() throws Exception {
		long allocation = this.housing.allocate(this.kari, this.participant);
		perform(post(base() + "/allocations/" + allocation + "/tenancy").param("kind", "LEASE")
			.param("startsOn", "31.02.2026")
			.param("term", "OTHER")
			.param("endsOn", "")
			.param("monthlyRentKroner", "åtte tusen")
			.param("landlord", "")
			.param("deposit", "PAID")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"startsOn-error\"")))
			.andExpect(content().string(containsString("id=\"endsOn-error\"")))
			.andExpect(content().string(containsString("Skriv et helt tall.")))
			.andExpect(content().string(containsString("value=\"åtte tusen\"")));
		perform(post(base() + "/allocations/" + allocation + "/meeting").param("heldOn", TODAY.plusDays(1).toString())
			.param("version", "0")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Datoen kan ikke være fram i tid.")))
			.andExpect(content().string(containsString("Kryss av hvem som deltok i møtet.")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM tenancy", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT meeting_held_on IS NULL FROM allocation WHERE id = ?",
				Boolean.class, allocation))
			.isTrue();
	}

	@Test
	void impossibleStepsAreRefusedAndChangeNothing() throws Exception {
		long tenancy = this.housing.lease(this.kari, this.participant, TODAY);
		long allocation = this.jdbc.queryForObject("SELECT allocation_id FROM tenancy WHERE id = ?", Long.class,
				tenancy);
		// No new offer while a home is current (the test's two new units are registered
		// first).
		assertThatThrownBy(() -> this.housing.allocate(this.kari, this.participant))
			.hasMessage("housing.tenancy.rule.currentTenancy");
		this.entityManager.flush();
		String before = snapshot();
		// A second lease for the same allocation.
		lease(allocation).andExpect(content().string(containsString("Det er allerede registrert en kontrakt")));
		// Ending before it began, moving in with the first night before the keys.
		perform(post(base() + "/tenancies/" + tenancy + "/end").param("endedOn", TODAY.minusDays(1).toString())
			.param("reason", "EVICTION")
			.param("stayAfter", "STREET")
			.param("version", "0")).andExpect(content().string(containsString("kan ikke slutte før det begynte")));
		perform(post(base() + "/tenancies/" + tenancy + "/move-in").param("keysOn", TODAY.toString())
			.param("firstNightOn", TODAY.minusDays(1).toString())
			.param("version", "0")).andExpect(content().string(containsString("Første natt kan ikke være før")));
		// A stale version is a conflict, not an overwrite.
		perform(post(base() + "/tenancies/" + tenancy + "/move-in").param("keysOn", TODAY.toString())
			.param("firstNightOn", TODAY.toString())
			.param("version", "7")).andExpect(status().isConflict());
		this.entityManager.flush();
		assertThat(snapshot()).isEqualTo(before);

		// The entity refuses to let a unit that is let, whoever calls it.
		HousingUnit unit = this.entityManager.find(HousingUnit.class,
				this.jdbc.queryForObject("SELECT unit_id FROM tenancy WHERE id = ?", Long.class, tenancy));
		assertThatThrownBy(unit::let).isInstanceOf(HousingRuleException.class)
			.hasMessage("housing.unit.rule.alreadyLet");
		assertThat(unit.getStatus()).isEqualTo(UnitStatus.LET);
	}

	@Test
	void endingATenancySendsTheParticipantBackIntoTheSearchAndCountsTheReHousing() throws Exception {
		long tenancy = this.housing.lease(this.kari, this.participant, TODAY.minusDays(10));
		perform(post(base() + "/tenancies/" + tenancy + "/move-in").param("keysOn", TODAY.minusDays(10).toString())
			.param("firstNightOn", TODAY.minusDays(9).toString())
			.param("version", "0"));
		perform(post(base() + "/tenancies/" + tenancy + "/end").param("endedOn", TODAY.toString())
			.param("reason", "EVICTION")
			.param("stayAfter", "STREET")
			.param("version", "1")).andExpect(flash().attribute("message", "housing.tenancy.endedRehousing"));
		this.entityManager.flush();
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM participant WHERE id = ?", String.class, this.participant))
			.isEqualTo("INCLUDED");
		// The housing service looks at the unit before it is let again; NAV's unconfirmed
		// first rent for the lost home is closed.
		assertThat(this.jdbc.queryForObject(
				"SELECT u.status FROM housing_unit u JOIN tenancy t ON t.unit_id = u.id WHERE t.id = ?", String.class,
				tenancy))
			.isEqualTo("UNAVAILABLE");
		assertThat(this.jdbc.queryForObject("SELECT cancelled_on FROM first_rent_task WHERE tenancy_id = ?",
				LocalDate.class, tenancy))
			.isEqualTo(TODAY);
		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("Re-bosettinger: 1")))
			.andExpect(content().string(containsString("Dager til bolig: 21")))
			.andExpect(content().string(containsString("Leieforholdet sluttet")))
			.andExpect(content().string(containsString("Nytt tilbud")));

		// The next home; this time the participant dies, and follow-up ends with it.
		long next = this.housing.lease(this.kari, this.participant, TODAY);
		perform(post(base() + "/tenancies/" + next + "/end").param("endedOn", TODAY.toString())
			.param("reason", "DECEASED")
			.param("exitReason", "MOVED_AWAY")
			.param("version", "0")).andExpect(content().string(containsString("avsluttes oppfølgingen med årsaken")));
		perform(post(base() + "/tenancies/" + next + "/end").param("endedOn", TODAY.toString())
			.param("reason", "DECEASED")
			.param("exitReason", "DECEASED")
			.param("version", "0")).andExpect(flash().attribute("message", "housing.tenancy.endedWithExit"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT status || ':' || exit_reason FROM participant WHERE id = ?",
				String.class, this.participant))
			.isEqualTo("EXITED:DECEASED");
		assertThat(this.jdbc.queryForList(
				"SELECT coalesce(rehousing::text, '-') FROM tenancy WHERE participant_id = ? ORDER BY id", String.class,
				this.participant))
			.containsExactly("true", "false");
	}

	@Test
	void movingToAnotherHomeOfTheirOwnIsNotAReHousingAndAnExitedParticipantGetsNoOffers() throws Exception {
		long tenancy = this.housing.lease(this.kari, this.participant, TODAY.minusDays(10));
		perform(post(base() + "/tenancies/" + tenancy + "/move-in").param("keysOn", TODAY.minusDays(10).toString())
			.param("firstNightOn", TODAY.minusDays(10).toString())
			.param("version", "0"));
		perform(post(base() + "/tenancies/" + tenancy + "/end").param("endedOn", TODAY.toString())
			.param("reason", "MOVED_TO_OTHER_HOME")
			.param("version", "1")).andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM participant WHERE id = ?", String.class, this.participant))
			.isEqualTo("HOUSED");
		assertThat(this.jdbc.queryForObject("SELECT rehousing FROM tenancy WHERE id = ?", Boolean.class, tenancy))
			.isFalse();
		long c = this.housing.unit("Nyhjem 1", "Midtbyen", 8000);
		long d = this.housing.unit("Nyhjem 2", "Lerkendal", 8000);
		perform(post(base() + "/offers").param("unitIds", String.valueOf(c), String.valueOf(d)))
			.andExpect(flash().attribute("problem", "housing.offer.rule.housed"));

		long exited = this.participants.aParticipant().by(this.kari);
		perform(post("/participants/" + exited + "/exit").param("on", TODAY.toString()).param("reason", "MOVED_AWAY"))
			.andExpect(status().is3xxRedirection());
		long a = this.housing.unit("Exitgata 1", "Midtbyen", 8000);
		long b = this.housing.unit("Exitgata 2", "Lerkendal", 8000);
		perform(post("/participants/" + exited + "/housing/offers").param("unitIds", String.valueOf(a),
				String.valueOf(b)))
			.andExpect(flash().attribute("problem", "housing.tenancy.rule.exited"));
	}

	@Test
	void overdueMeetingsStandOutToTheCaseworkerAndTheSectionLeaderOnly() throws Exception {
		long allocation = this.housing.allocate(this.kari, this.participant);
		this.jdbc.update("UPDATE allocation SET allocated_on = ?, meeting_due = ? WHERE id = ?", TODAY.minusDays(10),
				TODAY.minusDays(5), allocation);
		this.entityManager.flush();
		this.entityManager.clear();
		this.mvc.perform(get("/allocation-meetings").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bo Hjem")))
			.andExpect(content().string(containsString("På overtid")));
		this.mvc.perform(get("/allocation-meetings").with(user(this.staff.sectionLeader(this.section))))
			.andExpect(content().string(containsString("Bo Hjem")));
		CurrentUser outsider = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.mvc.perform(get("/allocation-meetings").with(user(outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Bo Hjem"))));
		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("Tildelingsmøtet skulle vært holdt senest")));
		// Other teams' participants are a 404 on every step's page.
		for (String page : List.of("/allocations/" + allocation + "/meeting", "/allocations/" + allocation + "/tenancy",
				"/wishes")) {
			this.mvc.perform(get(base() + page).with(user(outsider))).andExpect(status().isNotFound());
		}
	}

	@Test
	void theHousingServiceSeesOffersAllocationsAndLeasesButNothingOfTheFollowUp() throws Exception {
		long housed = this.participants.aParticipant()
			.named("Leie Tager")
			.withNotes("Hemmelig oppfølging")
			.by(this.kari);
		this.housing.lease(this.kari, housed, TODAY);
		long a = this.housing.unit("Tilbudsgata 1", "Midtbyen", 8000);
		long b = this.housing.unit("Tilbudsgata 2", "Lerkendal", 8000);
		perform(post(base() + "/offers").param("unitIds", String.valueOf(a), String.valueOf(b)));
		this.entityManager.flush();
		CurrentUser officer = this.staff.withRole(no.kommune.housingfirst.shared.security.Role.HOUSING_OFFICER);
		String page = this.mvc.perform(get("/housing-units/allocations").with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Leie Tager", "Leiekontrakt", "Bo Hjem", "Tilbudsgata 1, 7010")
			.doesNotContain("Hemmelig oppfølging");
		assertThat(this.jdbc.queryForList(
				"SELECT participant_id FROM audit_event WHERE actor_id = ? AND record_type = 'HOUSING' AND action = 'READ'",
				Long.class, officer.id()))
			.contains(housed, this.participant);
		// The housing service now works on the Bolig page itself (ADR 0008), still
		// without
		// anything from the follow-up.
		this.mvc.perform(get(base()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hemmelig oppfølging"))));
	}

	@Test
	void wishesAreRecordedAndUnitsThatFitThemArePointedOut() throws Exception {
		this.housing.unit("Ønskegata 1", "Midtbyen", 8000);
		this.housing.unit("Annengata 2", "Lerkendal", 8000);
		perform(post(base() + "/wishes").param("districts", "Midtbyen")
			.param("minRooms", "2")
			.param("pets", "Katt")
			.param("other", "Nær bussen")).andExpect(flash().attribute("message", "housing.wish.saved"));
		perform(post(base() + "/wishes").param("districts", "Atlantis")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ugyldig verdi.")));
		this.mvc.perform(get(base()).with(user(this.kari)))
			.andExpect(content().string(containsString("Katt")))
			.andExpect(content().string(containsString("Passer ønskene")));
	}

	private ResultActions lease(long allocation) throws Exception {
		return perform(post(base() + "/allocations/" + allocation + "/tenancy").param("kind", "LEASE")
			.param("startsOn", TODAY.toString())
			.param("term", "THREE_YEARS")
			.param("monthlyRentKroner", "8000")
			.param("landlord", "Utleier AS")
			.param("deposit", "PAID"));
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(this.kari)));
	}

	private String base() {
		return "/participants/" + this.participant + "/housing";
	}

	/** Everything the steps could change, as text. */
	private String snapshot() {
		return this.jdbc
			.queryForList(
					"""
							SELECT 'p' || status FROM participant WHERE id = ?
							UNION ALL SELECT 'u' || id || status || let_to_housing_first FROM housing_unit
							UNION ALL SELECT 't' || id || coalesce(first_night_on::text, '') || coalesce(ended_on::text, '') || version FROM tenancy
							UNION ALL SELECT 'a' || id || coalesce(meeting_held_on::text, '') FROM allocation
							UNION ALL SELECT 'f' || count(*) FROM first_rent_task
							ORDER BY 1""",
					String.class, this.participant)
			.toString();
	}

}
