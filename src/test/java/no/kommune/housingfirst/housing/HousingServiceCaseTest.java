package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The housing service does its own part of the way into a home (ADR 0008): the offer, the
 * viewing and answer, the lease and the move-in, on a housing-only view — and only where
 * the participant's consent or an offer the caseworker started opens the case to it.
 */
@IntegrationTest
class HousingServiceCaseTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final String NOTE = "Hemmelig notat om helse";

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

	CurrentUser kari;

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.officer = this.staff.withRole(Role.HOUSING_OFFICER);
	}

	@Test
	void withConsentTheHousingServiceTakesTheCaseFromOfferToMoveIn() throws Exception {
		long id = this.participants.aParticipant()
			.named("Sol Samtykke")
			.born(LocalDate.of(1984, 2, 29))
			.withNotes(NOTE)
			.includedOn(TODAY.minusDays(21))
			.by(this.kari);
		String tab = page(get(base(id)));
		assertThat(tab).contains("Sol Samtykke", "29.02.1984")
			.doesNotContain(NOTE, "Besøk", "Tilgangslogg", this.kari.fullName(), "/participants/" + id + "/visits",
					"/housing/wishes");

		long a = this.housing.unit(TestStaff.unique("Boligveien "), "Midtbyen", 8100);
		long b = this.housing.unit(TestStaff.unique("Boligveien "), "Lerkendal", 7700);
		perform(post(base(id) + "/offers").param("unitIds", String.valueOf(a), String.valueOf(b)))
			.andExpect(flash().attribute("message", "housing.offer.made"));
		this.entityManager.flush();
		long offer = this.jdbc.queryForObject("SELECT id FROM housing_offer WHERE participant_id = ?", Long.class, id);
		perform(post(base(id) + "/offers/" + offer + "/units/" + a).param("answer", "CHOSEN")
			.param("viewingOn", TODAY.toString())
			.param("viewingWith", "Boligkonsulent")).andExpect(flash().attribute("message", "housing.offer.chosen"));
		this.entityManager.flush();
		long allocation = this.jdbc.queryForObject("SELECT id FROM allocation WHERE participant_id = ?", Long.class,
				id);
		assertThat(page(get(base(id) + "/allocations/" + allocation + "/tenancy"))).contains("Sol Samtykke")
			.doesNotContain(this.kari.fullName());
		perform(post(base(id) + "/allocations/" + allocation + "/tenancy").param("kind", "LEASE")
			.param("startsOn", TODAY.toString())
			.param("term", "FIVE_YEARS")
			.param("monthlyRentKroner", "8100")
			.param("landlord", "Kommunen")
			.param("deposit", "PAID")).andExpect(flash().attribute("message", "housing.tenancy.signed"));
		this.entityManager.flush();
		long tenancy = this.jdbc.queryForObject("SELECT id FROM tenancy WHERE participant_id = ?", Long.class, id);
		page(get(base(id) + "/tenancies/" + tenancy + "/move-in"));
		perform(post(base(id) + "/tenancies/" + tenancy + "/move-in").param("keysOn", TODAY.toString())
			.param("firstNightOn", TODAY.toString())
			.param("version", "0")).andExpect(flash().attribute("message", "housing.tenancy.movedInMessage"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT status FROM participant WHERE id = ?", String.class, id))
			.isEqualTo("HOUSED");
		// The participant page now says where the person lives: the home, not the street.
		this.entityManager.clear();
		String overview = this.mvc.perform(get("/participants/" + id).with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains("I egen bolig: Boligveien", "Leiekontrakt fra", "8 100 kr",
				"Bodde ved inkludering");
		// NAV's first-rent details are not the housing service's.
		assertThat(page(get(base(id)))).doesNotContain("Første husleie", "Venter på NAV");
		// Every read and step is in the participant's access log under the officer.
		assertThat(this.jdbc.queryForList(
				"SELECT DISTINCT action FROM audit_event WHERE participant_id = ? AND actor_id = ? AND outcome = 'ALLOWED'",
				String.class, id, this.officer.id()))
			.contains("READ", "CREATE", "UPDATE");
	}

	@Test
	void withoutConsentTheCaseIsClosedUntilTheCaseworkerOffersAndThenShowsAReference() throws Exception {
		long id = this.participants.aParticipant()
			.named("Ulla Utensamtykke")
			.born(LocalDate.of(1975, 6, 1))
			.withoutHousingConsent()
			.by(this.kari);
		this.mvc.perform(get(base(id)).with(user(this.officer))).andExpect(status().isNotFound());
		long a = this.housing.unit(TestStaff.unique("Referanseveien "), "Midtbyen", 8000);
		long b = this.housing.unit(TestStaff.unique("Referanseveien "), "Lerkendal", 8000);
		this.mvc
			.perform(post(base(id) + "/offers").with(csrf())
				.with(user(this.officer))
				.param("unitIds", String.valueOf(a), String.valueOf(b)))
			.andExpect(status().isNotFound());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE participant_id = ? AND actor_id = ? AND outcome = 'DENIED'",
				Long.class, id, this.officer.id()))
			.isEqualTo(2);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM housing_offer WHERE participant_id = ?", Long.class, id))
			.isZero();
		assertThat(page(get("/housing-units/seekers"))).doesNotContain("HF-" + id, "Ulla Utensamtykke");

		// The caseworker starts the offer: the case opens to the housing service, by
		// reference.
		this.mvc
			.perform(post(base(id) + "/offers").with(csrf())
				.with(user(this.kari))
				.param("unitIds", String.valueOf(a), String.valueOf(b)))
			.andExpect(flash().attribute("message", "housing.offer.made"));
		this.entityManager.flush();
		String tab = page(get(base(id)));
		assertThat(tab).contains("HF-" + id, "referansenummer").doesNotContain("Ulla Utensamtykke", "01.06.1975");
		assertThat(page(get("/housing-units/seekers"))).contains("HF-" + id).doesNotContain("Ulla Utensamtykke");
		assertThat(page(get("/housing-units/allocations"))).contains("HF-" + id).doesNotContain("Ulla Utensamtykke");
		// The caseworker is told how the housing service sees the case.
		this.mvc.perform(get(base(id)).with(user(this.kari)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("HF-" + id)));
	}

	@Test
	void eachPartyTicksOffItsOwnMeetingTasks() throws Exception {
		long id = this.participants.aParticipant().by(this.kari);
		long tenancy = this.housing.lease(this.kari, id, TODAY.plusDays(5));
		this.entityManager.flush();
		long allocation = this.jdbc.queryForObject("SELECT allocation_id FROM tenancy WHERE id = ?", Long.class,
				tenancy);
		this.mvc
			.perform(post(base(id) + "/allocations/" + allocation + "/meeting").with(csrf())
				.with(user(this.kari))
				.param("heldOn", TODAY.toString())
				.param("team", "true")
				.param("version", "0")
				.param("responsible-VIEWING", "HOUSING_SERVICE")
				.param("responsible-MOVING_HELP", "FOLLOW_UP_TEAM")
				.param("responsible-GUARDIAN", "NAV"))
			.andExpect(flash().attribute("message", "housing.meeting.saved"));
		this.entityManager.flush();
		String tasks = base(id) + "/allocations/" + allocation + "/tasks/";
		// The housing service ticks its own; the team's is not theirs.
		perform(post(tasks + "VIEWING/done")).andExpect(flash().attribute("message", "housing.meeting.taskDone"));
		perform(post(tasks + "MOVING_HELP/done"))
			.andExpect(flash().attribute("problem", "housing.meeting.rule.notYourTask"));
		// The caseworker ticks the team's; the housing service's is not theirs.
		this.mvc.perform(post(tasks + "MOVING_HELP/done").with(csrf()).with(user(this.kari)))
			.andExpect(flash().attribute("message", "housing.meeting.taskDone"));
		this.mvc.perform(post(tasks + "GUARDIAN/done").with(csrf()).with(user(this.kari)))
			.andExpect(flash().attribute("problem", "housing.meeting.rule.notYourTask"));
		this.mvc.perform(post(tasks + "NOTHING/done").with(csrf()).with(user(this.kari)))
			.andExpect(status().isNotFound());
		// NAV ticks its own from the first-rent task it can see.
		long firstRent = this.jdbc.queryForObject("SELECT id FROM first_rent_task WHERE tenancy_id = ?", Long.class,
				tenancy);
		CurrentUser nav = this.staff.withRole(Role.NAV);
		this.mvc.perform(get("/nav/first-rent/" + firstRent).with(user(nav)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("NAVs oppgaver fra tildelingsmøtet")));
		this.mvc.perform(post("/nav/first-rent/" + firstRent + "/meeting-tasks/GUARDIAN").with(csrf()).with(user(nav)))
			.andExpect(flash().attribute("message", "housing.meeting.taskDone"));
		this.mvc.perform(post("/nav/first-rent/" + firstRent + "/meeting-tasks/VIEWING").with(csrf()).with(user(nav)))
			.andExpect(flash().attribute("problem", "housing.meeting.rule.notYourTask"));
		// The first rent is settled by the confirmation only.
		this.mvc
			.perform(post("/nav/first-rent/" + firstRent + "/meeting-tasks/FIRST_RENT").with(csrf()).with(user(nav)))
			.andExpect(flash().attribute("problem", "firstrent.firstRentByConfirmation"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList(
				"SELECT task || ':' || done FROM allocation_task WHERE allocation_id = ? AND responsible IS NOT NULL ORDER BY task",
				String.class, allocation))
			.containsExactlyInAnyOrder("VIEWING:true", "MOVING_HELP:true", "GUARDIAN:true");
	}

	@Test
	void theTeamsWordsStayWithTheTeam() throws Exception {
		long id = this.participants.aParticipant().by(this.kari);
		long allocation = this.housing.allocate(this.kari, id);
		this.mvc
			.perform(post(base(id) + "/wishes").with(csrf())
				.with(user(this.kari))
				.param("districts", "Midtbyen")
				.param("other", "Vil bort fra miljøet ved Torget"))
			.andExpect(flash().attribute("message", "housing.wish.saved"));
		this.mvc
			.perform(post(base(id) + "/allocations/" + allocation + "/meeting").with(csrf())
				.with(user(this.kari))
				.param("heldOn", TODAY.toString())
				.param("team", "true")
				.param("minutes", "Lagt inn på avrusning neste uke")
				.param("version", "0"))
			.andExpect(flash().attribute("message", "housing.meeting.saved"));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(page(get(base(id)))).doesNotContain("Vil bort fra miljøet", "avrusning").contains("Midtbyen");
		this.mvc.perform(get(base(id)).with(user(this.kari)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("avrusning")));
	}

	@Test
	void theCaseworkersPartsStayWithTheCaseworker() throws Exception {
		long id = this.participants.aParticipant().by(this.kari);
		long tenancy = this.housing.lease(this.kari, id, TODAY);
		this.entityManager.flush();
		long allocation = this.jdbc.queryForObject("SELECT allocation_id FROM tenancy WHERE id = ?", Long.class,
				tenancy);
		for (String url : List.of("/participants/" + id, base(id) + "/wishes",
				base(id) + "/allocations/" + allocation + "/meeting", base(id) + "/tenancies/" + tenancy + "/end",
				"/participants/" + id + "/visits", "/participants/" + id + "/access-log")) {
			this.mvc.perform(get(url).with(user(this.officer))).andExpect(status().isForbidden());
		}
		for (String url : List.of(base(id) + "/wishes", base(id) + "/allocations/" + allocation + "/meeting",
				base(id) + "/allocations/" + allocation + "/release", base(id) + "/tenancies/" + tenancy + "/end")) {
			this.mvc.perform(post(url).with(csrf()).with(user(this.officer))).andExpect(status().isForbidden());
		}
		// NAV and section leaders are not the housing service.
		this.mvc.perform(get("/housing-units/seekers").with(user(this.staff.withRole(Role.NAV))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/housing-units/seekers").with(user(this.kari))).andExpect(status().isForbidden());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(this.officer)));
	}

	private static String base(long id) {
		return "/participants/" + id + "/housing";
	}

}
