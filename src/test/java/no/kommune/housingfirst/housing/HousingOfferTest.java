package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Offers of two or three units, the participant's answers, and the allocation with its
 * clock.
 */
@IntegrationTest
class HousingOfferTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	HousingUnits units;

	@Autowired
	TestHousing housing;

	CurrentUser officer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long section;

	CurrentUser kari;

	long participant;

	long a;

	long b;

	long c;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.kari = this.staff.caseworker(this.staff.team(this.section));
		this.officer = this.staff.withRole(no.kommune.housingfirst.shared.security.Role.HOUSING_OFFICER);
		this.participant = this.participants.aParticipant().named("Søker Bolig").by(this.kari);
		this.a = unit("Nordvegen 1", "Nord");
		this.b = unit("Sørvegen 2", "Sør");
		this.c = unit("Østvegen 3", "Øst");
		this.units.reserveForHousingFirst(this.officer, this.c);
	}

	@Test
	void chooseOneOfThreeAllocatesItAndStartsTheMeetingClock() throws Exception {
		offer(this.a, this.b, this.c).andExpect(flash().attribute("message", "housing.offer.made"));
		assertThat(statuses()).containsExactly("OFFERED", "OFFERED", "OFFERED");
		long offer = openOffer();
		answer(offer, this.a, "DECLINED", "SIZE").andExpect(flash().attribute("message", "housing.offer.declined"));
		answer(offer, this.b, "CHOSEN", null).andExpect(flash().attribute("message", "housing.offer.chosen"));
		// Chosen: held for the participant. Declined: available again. Unanswered: back
		// as it was.
		assertThat(statuses()).containsExactly("AVAILABLE", "ALLOCATED", "RESERVED_HF");
		LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
		assertThat(this.jdbc.queryForObject("SELECT meeting_due FROM allocation WHERE participant_id = ?",
				LocalDate.class, this.participant))
			.isEqualTo(WorkingDays.plusWorkingDays(today, 3));
		assertThat(this.jdbc.queryForObject("SELECT status FROM housing_offer WHERE id = ?", String.class, offer))
			.isEqualTo("CHOSEN");
		this.mvc.perform(get("/participants/" + this.participant + "/housing").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tildelingsmøte senest")))
			.andExpect(content().string(containsString("Avslått: Størrelsen")))
			.andExpect(content().string(containsString("Valgt av deltakeren.")));
		answer(offer, this.c, "CHOSEN", null).andExpect(flash().attribute("problem", "housing.offer.rule.notOpen"));
	}

	@Test
	void decliningEverythingKeepsTheSearchGoing() throws Exception {
		offer(this.a, this.b);
		long offer = openOffer();
		answer(offer, this.a, "DECLINED", "")
			.andExpect(flash().attribute("problem", "housing.offer.rule.reasonNeeded"));
		answer(offer, this.a, "DECLINED", "DISTRICT");
		answer(offer, this.b, "DECLINED", "NEIGHBOURHOOD");
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT status FROM housing_offer WHERE id = ?", String.class, offer))
			.isEqualTo("ALL_DECLINED");
		assertThat(statuses()).containsExactly("AVAILABLE", "AVAILABLE", "RESERVED_HF");
		offer(this.b, this.c).andExpect(flash().attribute("message", "housing.offer.made"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM housing_offer WHERE participant_id = ?", Long.class,
				this.participant))
			.isEqualTo(2);
	}

	@Test
	void anOfferHasTwoOrThreeAvailableUnitsAndOnlyOneIsOpen() throws Exception {
		long d = unit("Vestvegen 4", "Vest");
		offer(this.a).andExpect(flash().attribute("problem", "housing.offer.rule.twoOrThree"));
		offer(this.a, this.b, this.c, d).andExpect(flash().attribute("problem", "housing.offer.rule.twoOrThree"));
		offer(this.a, this.a).andExpect(flash().attribute("problem", "housing.offer.rule.twoOrThree"));
		this.units.makeUnavailable(this.officer, d);
		offer(this.a, d).andExpect(flash().attribute("problem", "housing.offer.rule.unitNotOfferable"));
		assertThat(statuses()).containsExactly("AVAILABLE", "AVAILABLE", "RESERVED_HF");
		offer(this.a, this.b);
		offer(this.c, this.b).andExpect(flash().attribute("problem", "housing.offer.rule.alreadyOpen"));
	}

	@Test
	void unitsInOneDistrictAreAllowedButPointedOut() throws Exception {
		long sameDistrict = unit("Nordvegen 9", "Nord");
		offer(this.a, sameDistrict);
		this.mvc.perform(get("/participants/" + this.participant + "/housing").with(user(this.kari)))
			.andExpect(content().string(containsString("Alle boligene er i samme bydel.")));
	}

	@Test
	void accessFollowsTheParticipant() throws Exception {
		CurrentUser outsider = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.mvc.perform(get("/participants/" + this.participant + "/housing").with(user(outsider)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/participants/" + this.participant + "/housing/offers").with(csrf())
				.with(user(outsider))
				.param("unitIds", String.valueOf(this.a), String.valueOf(this.b)))
			.andExpect(status().isNotFound());
		CurrentUser leader = this.staff.sectionLeader(this.section);
		this.mvc.perform(get("/participants/" + this.participant + "/housing").with(user(leader)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/participants/" + this.participant + "/housing/offers").with(csrf())
				.with(user(leader))
				.param("unitIds", String.valueOf(this.a), String.valueOf(this.b)))
			.andExpect(status().isForbidden());
		assertThat(statuses()).containsExactly("AVAILABLE", "AVAILABLE", "RESERVED_HF");
		offer(this.a, this.b);
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM audit_event WHERE participant_id = ? " + "AND record_type = 'HOUSING' ORDER BY id",
				String.class, this.participant))
			.containsExactly("READ", "CREATE");
	}

	private long unit(String street, String district) {
		return this.units.register(this.officer, java.util.UUID.randomUUID(),
				new UnitDetails(street, null, "8000", this.housing.district(district), UnitKind.MUNICIPAL_RENTAL, 2, 45,
						1, false, null, 9000, null, null, null, null));
	}

	private ResultActions offer(long... unitIds) throws Exception {
		String[] ids = java.util.Arrays.stream(unitIds).mapToObj(String::valueOf).toArray(String[]::new);
		return this.mvc.perform(post("/participants/" + this.participant + "/housing/offers").with(csrf())
			.with(user(this.kari))
			.param("unitIds", ids));
	}

	private ResultActions answer(long offer, long unit, String answer, String reason) throws Exception {
		var request = post("/participants/" + this.participant + "/housing/offers/" + offer + "/units/" + unit)
			.with(csrf())
			.with(user(this.kari))
			.param("answer", answer)
			.param("viewingOn", LocalDate.now(TimeConfiguration.OSLO).toString())
			.param("viewingWith", "Kari og deltakeren");
		if (reason != null) {
			request.param("reason", reason);
		}
		return this.mvc.perform(request);
	}

	private long openOffer() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT id FROM housing_offer WHERE participant_id = ? AND status = 'OPEN'",
				Long.class, this.participant);
	}

	private List<String> statuses() {
		this.entityManager.flush();
		return this.jdbc.queryForList("SELECT status FROM housing_unit WHERE id IN (?, ?, ?) ORDER BY id", String.class,
				this.a, this.b, this.c);
	}

}
