package no.kommune.housingfirst.housing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The housing service's register: who may use it, what it refuses, and the 20 % rule. */
@IntegrationTest
class HousingUnitTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	HousingUnits units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@Autowired
	TestHousing housing;

	@Autowired
	Districts districts;

	static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.officer = this.staff.withRole(Role.HOUSING_OFFICER);
		this.housing.district("Testbydel");
	}

	@Test
	void theHousingOfficerRegistersAndFindsAUnit() throws Exception {
		this.mvc.perform(register(Map.of())).andExpect(redirectedUrlPattern("/housing-units/*"));
		this.entityManager.flush();
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM housing_unit WHERE district = 'Testbydel'");
		assertThat(row.get("status")).isEqualTo("AVAILABLE");
		assertThat(row.get("monthly_rent_kroner")).isEqualTo(8900);
		assertThat(row.get("building_key")).isEqualTo("prøvegata 7|8006");
		this.mvc
			.perform(get("/housing-units").param("district", "Testbydel").param("rooms", "2").with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Prøvegata 7")))
			.andExpect(content().string(containsString("8 900 kr")));
		this.mvc
			.perform(get("/housing-units").param("district", "Testbydel").param("rooms", "3").with(user(this.officer)))
			.andExpect(content().string(not(containsString("Prøvegata 7"))));
	}

	@Test
	void badInputIsExplainedAndSavesNothing() throws Exception {
		long before = count();
		this.mvc
			.perform(register(Map.of("streetAddress", "", "postcode", "12a", "rooms", "0", "monthlyRentKroner", "-1",
					"kind", "CASTLE", "floor", "sju")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"streetAddress-error\"")))
			.andExpect(content().string(containsString("Postnummeret har fire sifre.")))
			.andExpect(content().string(containsString("Må være mellom 1 og 10.")))
			.andExpect(content().string(containsString("Må være mellom 0 og 100000.")))
			.andExpect(content().string(containsString("id=\"kind-error\"")))
			.andExpect(content().string(containsString("Skriv et helt tall.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyTheHousingServiceUsesTheRegister() throws Exception {
		long id = register(details("Tilgangsgata 1", "8000"));
		this.entityManager.flush();
		long before = count();
		for (Role role : List.of(Role.CASEWORKER, Role.SECTION_LEADER, Role.NAV, Role.ADMIN)) {
			CurrentUser person = this.staff.withRole(role);
			this.mvc.perform(get("/housing-units").with(user(person))).andExpect(status().isForbidden());
			this.mvc.perform(get("/housing-units/new").with(user(person))).andExpect(status().isForbidden());
			this.mvc.perform(register(Map.of()).with(user(person))).andExpect(status().isForbidden());
			this.mvc.perform(get("/housing-units/" + id).with(user(person))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/housing-units/" + id).param("monthlyRentKroner", "1").with(csrf()).with(user(person)))
				.andExpect(status().isForbidden());
			this.mvc.perform(
					post("/housing-units/" + id + "/status").param("to", "UNAVAILABLE").with(csrf()).with(user(person)))
				.andExpect(status().isForbidden());
		}
		assertThat(count()).isEqualTo(before);
		assertThat(changes(id)).containsExactly("registered");
		assertThat(this.units.get(id).getStatus()).isEqualTo(UnitStatus.AVAILABLE);
	}

	@Test
	void ledigFraIsARealDateWithinAYearBackAndTwoYearsAhead() throws Exception {
		LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
		long before = count();
		this.mvc.perform(register(Map.of("availableFrom", "31.02.2027")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"availableFrom-error\"")))
			.andExpect(content().string(containsString("Skriv en gyldig dato")))
			.andExpect(content().string(containsString("value=\"31.02.2027\"")));
		for (LocalDate absurd : List.of(today.plusYears(2).plusDays(1), today.minusYears(1).minusDays(1),
				LocalDate.of(1899, 1, 1))) {
			this.mvc.perform(register(Map.of("availableFrom", absurd.toString())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"availableFrom-error\"")))
				.andExpect(content().string(containsString("«Ledig fra» må være mellom "
						+ today.minusYears(1).format(DAY) + " og " + today.plusYears(2).format(DAY))));
		}
		assertThat(count()).as("nothing saved").isEqualTo(before);

		this.mvc.perform(register(Map.of("availableFrom", today.plusYears(2).format(DAY))))
			.andExpect(redirectedUrlPattern("/housing-units/*"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"SELECT available_from FROM housing_unit WHERE street_address = 'Prøvegata 7'", LocalDate.class))
			.isEqualTo(today.plusYears(2));
		assertThat(register(details("Uten dato 1", "8000"))).as("ledig fra is optional").isPositive();
	}

	@Test
	void anOldLedigFraDateStaysWhenOtherDetailsChange() throws Exception {
		long id = register(details("Gammelgata 1", "8000"));
		this.entityManager.flush();
		LocalDate longAgo = LocalDate.now(TimeConfiguration.OSLO).minusYears(3);
		this.jdbc.update("UPDATE housing_unit SET available_from = ? WHERE id = ?", longAgo, id);
		this.entityManager.clear();
		this.mvc
			.perform(post("/housing-units/" + id).with(csrf())
				.with(user(this.officer))
				.param("streetAddress", "Gammelgata 1")
				.param("postcode", "8000")
				.param("district", "Testbydel")
				.param("kind", "MUNICIPAL_RENTAL")
				.param("rooms", "3")
				.param("areaSquareMetres", "45")
				.param("floor", "1")
				.param("monthlyRentKroner", "8900")
				.param("availableFrom", longAgo.toString())
				.param("version", "0"))
			.andExpect(redirectedUrlPattern("/housing-units/*"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT rooms FROM housing_unit WHERE id = ?", Integer.class, id))
			.isEqualTo(3);
		assertThat(changes(id)).containsExactly("rooms", "registered");
	}

	@Test
	void theDistrictIsChosenFromTheMunicipalitysList() throws Exception {
		this.housing.district("Havna");
		long before = count();
		this.mvc.perform(get("/housing-units/new").with(user(this.officer)))
			.andExpect(content().string(containsString("<option value=\"Havna\">Havna</option>")))
			.andExpect(content().string(containsString("<select class=\"form-select\" id=\"district\"")));
		this.mvc.perform(register(Map.of("district", "Atlantis")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"district-error\"")))
			.andExpect(content().string(containsString("Velg en bydel fra listen.")));
		this.mvc.perform(register(Map.of("district", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"district-error\"")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDeactivatedDistrictIsNotOfferedForNewUnitsButItsUnitsKeepIt() throws Exception {
		this.housing.district("Gamlebyen");
		this.housing.district("Nybyen");
		long id = this.units.register(this.officer, java.util.UUID.randomUUID(), new UnitDetails("Gamlegata 1", null,
				"8000", "Gamlebyen", UnitKind.MUNICIPAL_RENTAL, 2, 45, 1, false, null, 8900, null, null, null, null));
		long gamlebyen = districtId("Gamlebyen");
		long nybyen = districtId("Nybyen");
		this.districts.deactivate(gamlebyen);
		this.districts.deactivate(nybyen);
		this.entityManager.flush();

		this.mvc.perform(get("/housing-units/new").with(user(this.officer)))
			.andExpect(content().string(not(containsString("Gamlebyen"))));
		long before = count();
		this.mvc.perform(register(Map.of("district", "Gamlebyen")))
			.andExpect(content().string(containsString("Velg en bydel fra listen.")));
		assertThat(count()).isEqualTo(before);

		this.mvc.perform(get("/housing-units/" + id).with(user(this.officer)))
			.andExpect(content().string(containsString(
					"<option value=\"Gamlebyen\" selected=\"selected\">Gamlebyen (deaktivert)</option>")))
			.andExpect(content().string(not(containsString("Nybyen"))));
		this.mvc.perform(edit(id, "Gamlebyen", "9100")).andExpect(redirectedUrlPattern("/housing-units/*"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT monthly_rent_kroner FROM housing_unit WHERE id = ?", Integer.class,
				id))
			.as("a unit keeps its deactivated district when other details change")
			.isEqualTo(9100);
		this.mvc.perform(edit(id, "Nybyen", "9200"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Velg en bydel fra listen.")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT district FROM housing_unit WHERE id = ?", String.class, id))
			.isEqualTo("Gamlebyen");
		// The register's filter still finds the units of a deactivated district.
		this.mvc.perform(get("/housing-units").param("district", "Gamlebyen").with(user(this.officer)))
			.andExpect(content().string(containsString("Gamlegata 1")))
			.andExpect(content().string(containsString("Gamlebyen (deaktivert)")));
	}

	@Test
	void theRegisterShowsLedigFraSortsByItAndFiltersOnIt() throws Exception {
		this.housing.district("Sorteringsbyen");
		LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
		unitAvailable("A-gata 1", today.plusDays(60));
		unitAvailable("B-gata 2", null);
		unitAvailable("C-gata 3", today.plusDays(5));
		this.entityManager.flush();
		String byDistrict = this.mvc
			.perform(get("/housing-units").param("district", "Sorteringsbyen").with(user(this.officer)))
			.andExpect(content().string(containsString(today.plusDays(5).format(DAY))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byDistrict.indexOf("A-gata 1")).isLessThan(byDistrict.indexOf("B-gata 2"));
		String bySoonest = this.mvc
			.perform(get("/housing-units").param("district", "Sorteringsbyen")
				.param("sort", "AVAILABLE_FROM")
				.with(user(this.officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bySoonest.indexOf("C-gata 3")).as("soonest first, units without a date last")
			.isLessThan(bySoonest.indexOf("A-gata 1"));
		assertThat(bySoonest.indexOf("A-gata 1")).isLessThan(bySoonest.indexOf("B-gata 2"));
		this.mvc
			.perform(get("/housing-units").param("district", "Sorteringsbyen")
				.param("availableBy", today.plusDays(30).toString())
				.param("sort", "'; DROP TABLE housing_unit; --")
				.with(user(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("C-gata 3")))
			.andExpect(content().string(not(containsString("A-gata 1"))))
			.andExpect(content().string(not(containsString("B-gata 2"))));
	}

	@Test
	void statusChangesFollowTheRules() throws Exception {
		long id = register(details("Regelgata 1", "8000"));
		this.mvc.perform(
				post("/housing-units/" + id + "/status").param("to", "AVAILABLE").with(csrf()).with(user(this.officer)))
			.andExpect(redirectedUrlPattern("/housing-units/*"));
		assertThat(this.units.get(id).getStatus()).as("available stays available").isEqualTo(UnitStatus.AVAILABLE);
		this.mvc.perform(post("/housing-units/" + id + "/status").param("to", "RESERVED_HF")
			.with(csrf())
			.with(user(this.officer)));
		assertThat(this.units.get(id).getStatus()).isEqualTo(UnitStatus.RESERVED_HF);
		this.mvc
			.perform(post("/housing-units/" + id + "/status").param("to", "LET").with(csrf()).with(user(this.officer)));
		assertThat(this.units.get(id).getStatus()).as("letting is a lease's step, not a button")
			.isEqualTo(UnitStatus.RESERVED_HF);
		HousingUnit unit = new HousingUnit(details("Enhet 1", "8000"), java.util.UUID.randomUUID());
		assertThatThrownBy(unit::makeAvailable).isInstanceOf(HousingRuleException.class)
			.hasMessage("housing.unit.rule.availableOnlyFromReservedOrUnavailable");
		unit.makeUnavailable();
		assertThatThrownBy(unit::reserveForHousingFirst).isInstanceOf(HousingRuleException.class);
		assertThat(unit.getStatus()).isEqualTo(UnitStatus.UNAVAILABLE);
	}

	@Test
	void theBuildingShareWarnsBeforeTwentyPercentIsPassed() {
		for (int i = 0; i < 3; i++) {
			register(details("Blokkveien 3", "8010", 5));
		}
		register(details("Enebolig 1", "8010", null));
		this.entityManager.flush();
		// One of five let to Housing First is exactly 20 %: a second would pass it.
		this.jdbc.update("UPDATE housing_unit SET status = 'LET', let_to_housing_first = TRUE WHERE id = "
				+ "(SELECT min(id) FROM housing_unit WHERE building_key = 'blokkveien 3|8010')");
		UnitRow row = this.units.search(new UnitSearch("Testbydel", null, UnitStatus.AVAILABLE, 0))
			.getContent()
			.stream()
			.filter((r) -> r.streetAddress().equals("Blokkveien 3"))
			.findFirst()
			.orElseThrow();
		// The share is of the building's five homes, though only three are in the
		// register.
		assertThat(row.homesInBuilding()).isEqualTo(5);
		assertThat(row.housingFirstInBuilding()).isEqualTo(1);
		assertThat(row.oneMoreWouldExceedShare()).isTrue();
		UnitRow unknownSize = this.units.search(new UnitSearch("Testbydel", null, UnitStatus.AVAILABLE, 0))
			.getContent()
			.stream()
			.filter((r) -> r.streetAddress().equals("Enebolig 1"))
			.findFirst()
			.orElseThrow();
		assertThat(unknownSize.homesInBuilding()).isNull();
		assertThat(unknownSize.oneMoreWouldExceedShare()).isFalse();
		assertThat(new UnitRow(1, "x", null, "8000", "x", UnitKind.OWNED, 1, 1, UnitStatus.AVAILABLE, 10, 1, null,
				"x|8000")
			.oneMoreWouldExceedShare()).isFalse();
	}

	private void unitAvailable(String street, LocalDate from) {
		this.units.register(this.officer, java.util.UUID.randomUUID(), new UnitDetails(street, null, "8000",
				"Sorteringsbyen", UnitKind.MUNICIPAL_RENTAL, 2, 45, 1, false, null, 8900, null, null, null, from));
	}

	private MockHttpServletRequestBuilder edit(long id, String district, String rent) {
		return post("/housing-units/" + id).with(csrf())
			.with(user(this.officer))
			.param("streetAddress", "Gamlegata 1")
			.param("postcode", "8000")
			.param("district", district)
			.param("kind", "MUNICIPAL_RENTAL")
			.param("rooms", "2")
			.param("monthlyRentKroner", rent)
			.param("version", String.valueOf(this.units.get(id).getVersion()));
	}

	private long districtId(String name) {
		return this.districts.all().stream().filter((d) -> d.name().equals(name)).findFirst().orElseThrow().id();
	}

	private List<String> changes(long id) {
		this.entityManager.flush();
		return this.jdbc.queryForList("SELECT field FROM housing_unit_change WHERE unit_id = ? ORDER BY id DESC",
				String.class, id);
	}

	private long register(UnitDetails details) {
		return this.units.register(this.officer, java.util.UUID.randomUUID(), details);
	}

	private static UnitDetails details(String street, String postcode) {
		return details(street, postcode, null);
	}

	private static UnitDetails details(String street, String postcode, Integer homesInBuilding) {
		return new UnitDetails(street, null, postcode, "Testbydel", UnitKind.MUNICIPAL_RENTAL, 2, 45, 1, false,
				homesInBuilding, 8900, null, null, null, null);
	}

	private MockHttpServletRequestBuilder register(Map<String, String> overrides) {
		MockHttpServletRequestBuilder request = post("/housing-units/new").with(csrf()).with(user(this.officer));
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("streetAddress", "Prøvegata  7");
		fields.put("postcode", "8006");
		fields.put("district", "Testbydel");
		fields.put("kind", "MUNICIPAL_RENTAL");
		fields.put("rooms", "2");
		fields.put("monthlyRentKroner", "8900");
		fields.put("version", "0");
		fields.put("key", java.util.UUID.randomUUID().toString());
		fields.putAll(overrides);
		fields.forEach(request::param);
		return request;
	}

	private long count() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT count(*) FROM housing_unit", Long.class);
	}

}
