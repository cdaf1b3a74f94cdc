package no.kommune.housingfirst.housing;

import java.util.List;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The municipality's list of districts: only administrators keep it; a rename reaches the
 * units and wishes; a deactivated district is no longer offered but stays where it is
 * used; only an unused district can be deleted; the unit form, the wishes form and the
 * register's filter all choose from it.
 */
@IntegrationTest
class DistrictAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestHousing housing;

	@Autowired
	TestParticipants participants;

	@Autowired
	Districts districts;

	@Autowired
	HousingOffers offers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.admin = this.staff.admin();
	}

	@Test
	void onlyAdministratorsKeepTheList() throws Exception {
		long id = this.districts.add("Tilgangsbyen");
		for (Role role : List.of(Role.CASEWORKER, Role.SECTION_LEADER, Role.NAV, Role.HOUSING_OFFICER)) {
			CurrentUser person = this.staff.withRole(role);
			this.mvc.perform(get("/admin/districts").with(user(person))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/districts/" + id).with(user(person))).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/districts").param("name", "Hacket").with(csrf()).with(user(person)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/districts/" + id).param("name", "Hacket")
					.param("version", "0")
					.with(csrf())
					.with(user(person)))
				.andExpect(status().isForbidden());
			this.mvc.perform(
					post("/admin/districts/" + id + "/active").param("active", "false").with(csrf()).with(user(person)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/districts/" + id + "/delete").with(csrf()).with(user(person)))
				.andExpect(status().isForbidden());
		}
		assertThat(this.districts.get(id)).extracting(DistrictRow::name, DistrictRow::active)
			.containsExactly("Tilgangsbyen", true);
		assertThat(this.districts.allNames()).doesNotContain("Hacket");
		this.mvc.perform(get("/admin/districts").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tilgangsbyen")))
			.andExpect(content().string(containsString("href=\"/admin/districts\"")));
		this.mvc.perform(get("/admin/districts/" + id).with(user(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/districts/999999").with(user(this.admin))).andExpect(status().isNotFound());
	}

	@Test
	void addingRefusesBlankTooLongAndTheSameNameInAnyCase() throws Exception {
		this.mvc.perform(post("/admin/districts").param("name", "  Sentrum   øst ").with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrl("/admin/districts"))
			.andExpect(flash().attribute("message", "housing.district.added"));
		assertThat(this.districts.allNames()).contains("Sentrum øst");
		int before = this.districts.all().size();
		this.mvc.perform(post("/admin/districts").param("name", "SENTRUM ØST").with(csrf()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Det finnes allerede en bydel med dette navnet.")))
			.andExpect(content().string(containsString("value=\"SENTRUM ØST\"")));
		this.mvc.perform(post("/admin/districts").param("name", " ").with(csrf()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Må fylles ut.")));
		this.mvc.perform(post("/admin/districts").param("name", "x".repeat(101)).with(csrf()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For langt: høyst 100 tegn.")));
		assertThat(this.districts.all()).hasSize(before);
	}

	@Test
	void aRenameCarriesTheUnitsAndTheWishesAlong() throws Exception {
		long unit = this.housing.unit("Omdøpsgata 1", "Gamle navnet", 8000);
		this.housing.district("Annen bydel");
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().by(kari);
		this.offers.describeWishes(kari, participant,
				new HousingWish.Wishes(List.of("Annen bydel", "Gamle navnet"), null, null, null));
		long id = districtId("Gamle navnet");
		int version = this.districts.get(id).version();

		this.mvc
			.perform(post("/admin/districts/" + id).param("name", "Annen bydel")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det finnes allerede en bydel med dette navnet.")));
		this.mvc
			.perform(post("/admin/districts/" + id).param("name", "Nye navnet")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(redirectedUrl("/admin/districts"))
			.andExpect(flash().attribute("message", "housing.district.renamed"));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.jdbc.queryForObject("SELECT district FROM housing_unit WHERE id = ?", String.class, unit))
			.isEqualTo("Nye navnet");
		assertThat(this.jdbc.queryForObject(
				"SELECT array_to_string(districts, '|') FROM housing_wish WHERE participant_id = ?", String.class,
				participant))
			.isEqualTo("Annen bydel|Nye navnet");
		assertThat(this.districts.allNames()).contains("Nye navnet").doesNotContain("Gamle navnet");

		// Someone still holding the old version gets the conflict page with what they
		// typed.
		this.mvc
			.perform(post("/admin/districts/" + id).param("name", "Tredje navnet")
				.param("version", String.valueOf(version))
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre har endret bydelen")))
			.andExpect(content().string(containsString("value=\"Tredje navnet\"")));
		assertThat(this.districts.get(id).name()).isEqualTo("Nye navnet");
	}

	@Test
	void aDeactivatedDistrictIsNotOfferedAndOnlyAnUnusedOneCanBeDeleted() throws Exception {
		this.housing.unit("Bruktgata 1", "Brukt bydel", 8000);
		long used = districtId("Brukt bydel");
		long unused = this.districts.add("Skrivefeil");
		CurrentUser officer = this.staff.withRole(Role.HOUSING_OFFICER);
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().by(kari);

		this.mvc.perform(post("/admin/districts/" + used + "/delete").with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrl("/admin/districts/" + used))
			.andExpect(flash().attribute("problem", "housing.district.rule.inUse"));
		this.mvc.perform(get("/admin/districts/" + used).with(user(this.admin)))
			.andExpect(content().string(containsString("Bydelen er i bruk og kan ikke slettes, bare deaktiveres.")))
			.andExpect(content().string(not(containsString("Slett bydelen"))));
		assertThat(this.districts.allNames()).contains("Brukt bydel");

		this.mvc
			.perform(post("/admin/districts/" + used + "/active").param("active", "false")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(flash().attribute("message", "housing.district.deactivated"));
		this.entityManager.flush();
		this.mvc.perform(get("/housing-units/new").with(user(officer)))
			.andExpect(content().string(not(containsString("Brukt bydel"))))
			.andExpect(content().string(containsString("Skrivefeil")));
		this.mvc.perform(get("/participants/" + participant + "/housing/wishes").with(user(kari)))
			.andExpect(content().string(not(containsString("Brukt bydel"))))
			.andExpect(content().string(containsString("value=\"Skrivefeil\"")));
		this.mvc.perform(get("/housing-units").with(user(officer)))
			.andExpect(content().string(containsString("Brukt bydel (deaktivert)")));
		this.mvc.perform(get("/admin/districts").with(user(this.admin)))
			.andExpect(content().string(containsString("Deaktivert")));

		this.mvc
			.perform(post("/admin/districts/" + used + "/active").param("active", "true")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(flash().attribute("message", "housing.district.activated"));
		this.entityManager.flush();
		this.mvc.perform(get("/housing-units/new").with(user(officer)))
			.andExpect(content().string(containsString("<option value=\"Brukt bydel\">Brukt bydel</option>")));

		this.mvc.perform(post("/admin/districts/" + unused + "/delete").with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrl("/admin/districts"))
			.andExpect(flash().attribute("message", "housing.district.deleted"));
		assertThat(this.districts.allNames()).doesNotContain("Skrivefeil");
	}

	@Test
	void theWishesFormAndTheRegistersFilterOfferTheListNotJustWhatUnitsHave() throws Exception {
		this.housing.district("Fjellbygda");
		CurrentUser officer = this.staff.withRole(Role.HOUSING_OFFICER);
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().by(kari);
		this.mvc.perform(get("/housing-units").with(user(officer)))
			.andExpect(content().string(containsString("<option value=\"Fjellbygda\">Fjellbygda</option>")));
		this.mvc.perform(get("/participants/" + participant + "/housing/wishes").with(user(kari)))
			.andExpect(content().string(containsString("value=\"Fjellbygda\"")));
		this.mvc
			.perform(post("/participants/" + participant + "/housing/wishes").param("districts", "Fjellbygda")
				.with(csrf())
				.with(user(kari)))
			.andExpect(flash().attribute("message", "housing.wish.saved"));
		assertThat(this.offers.wishes(kari, participant).districts()).containsExactly("Fjellbygda");
	}

	private long districtId(String name) {
		return this.districts.all().stream().filter((d) -> d.name().equals(name)).findFirst().orElseThrow().id();
	}

}
