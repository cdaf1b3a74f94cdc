package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.Map;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Inclusion and editing: what is saved, what is refused and why, and nothing lost. */
@IntegrationTest
class ParticipantFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	ParticipantService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long team;

	CurrentUser kari;

	@BeforeEach
	void setUp() {
		this.team = this.staff.team(this.staff.section());
		this.kari = this.staff.caseworker(this.team);
	}

	@Test
	void theNewFormSuggestsOwnTeamAndSelf() throws Exception {
		this.mvc.perform(get("/participants/new").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + this.team + "\" selected")))
			.andExpect(content().string(containsString("value=\"" + this.kari.id() + "\" selected")))
			.andExpect(content().string(containsString("Registrer ingen diagnoser")));
	}

	@Test
	void includesAParticipantAndShowsTheHeader() throws Exception {
		this.mvc
			.perform(include(Map.of("fullName", "Per Persen", "consentNav", "true", "consentDate",
					LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusDays(1).toString())))
			.andExpect(redirectedUrlPattern("/participants/*"));
		this.entityManager.flush();
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM participant WHERE full_name = 'Per Persen'");
		assertThat(row.get("team_id")).isEqualTo(this.team);
		assertThat(row.get("primary_caseworker_id")).isEqualTo(this.kari.id());
		assertThat(row.get("status")).isEqualTo("INCLUDED");
		assertThat(row.get("consent_nav")).isEqualTo(true);
		this.mvc.perform(get("/participants/" + row.get("id")).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Per Persen")))
			.andExpect(content().string(containsString("Inkludert")))
			.andExpect(content().string(containsString(this.kari.fullName())));
	}

	@Test
	void invalidInputIsExplainedByEachFieldAndSavesNothing() throws Exception {
		long before = count();
		this.mvc
			.perform(include(Map.of("fullName", "", "birthDate",
					LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).plusDays(1).toString(),
					"monthsHomeless", "-3", "consentNav", "true", "consentDate", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fullName-error\"")))
			.andExpect(content().string(containsString("Fødselsdatoen må være etter 1900 og ikke fram i tid.")))
			.andExpect(content().string(containsString("Må være mellom 0 og 1200.")))
			.andExpect(content().string(containsString("id=\"consentDate-error\"")));
		this.mvc.perform(include(Map.of("fullName", "x".repeat(300), "birthDate", "1899-12-31")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For langt: høyst 200 tegn.")))
			.andExpect(content().string(containsString("Fødselsdatoen må være etter 1900")));
		this.mvc.perform(include(Map.of("birthDate", "ikke en dato", "monthsHomeless", "mange", "currentStay", "MARS")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv en gyldig dato")))
			.andExpect(content().string(containsString("Skriv et helt tall.")))
			.andExpect(content().string(containsString("value=\"ikke en dato\"")))
			.andExpect(content().string(containsString("Ugyldig verdi.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void oddInputGetsAMessageNeverAnError() throws Exception {
		long before = count();
		this.mvc
			.perform(include(Map.of("fullName", "Null\u0000Byte", "birthDate", "-5000-01-01", "includedOn",
					"1.1.9999999", "practicalNotes", "linje\u0007")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Teksten inneholder tegn som ikke kan lagres.")))
			.andExpect(content().string(containsString("id=\"birthDate-error\"")))
			.andExpect(content().string(containsString("id=\"includedOn-error\"")))
			.andExpect(content().string(containsString("id=\"practicalNotes-error\"")));
		assertThat(count()).isEqualTo(before);
		this.mvc.perform(get("/participants").param("q", "a\u0000b").with(user(this.kari))).andExpect(status().isOk());
		this.mvc
			.perform(get("/participants").param("q", "1.1.9999999")
				.param("page", "fire")
				.param("sort", "DROP")
				.with(user(this.kari)))
			.andExpect(status().isOk());
		// A page before the first does not exist.
		this.mvc.perform(get("/participants").param("page", "-4").with(user(this.kari)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDoubleClickIncludesThePersonOnce() throws Exception {
		long before = count();
		String key = java.util.UUID.randomUUID().toString();
		this.mvc.perform(include(Map.of("fullName", "Dobbelt Klikk", "key", key)))
			.andExpect(redirectedUrlPattern("/participants/*"));
		this.mvc.perform(include(Map.of("fullName", "Dobbelt Klikk", "key", key)))
			.andExpect(redirectedUrlPattern("/participants/*"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void aCaseworkerWithoutATeamIsToldSo() throws Exception {
		CurrentUser noTeam = this.staff.withRole(no.kommune.housingfirst.shared.security.Role.CASEWORKER);
		this.jdbc.update("DELETE FROM staff_member_team WHERE staff_member_id = ?", noTeam.id());
		this.entityManager.clear();
		this.mvc.perform(get("/participants/new").with(user(noTeam))).andExpect(redirectedUrl("/participants"));
	}

	@Test
	void aPossibleDuplicateIsPointedOutBeforeSaving() throws Exception {
		this.participants.aParticipant().named("Lise Dobbel").born(LocalDate.of(1985, 2, 3)).by(this.kari);
		long before = count();
		this.mvc.perform(include(Map.of("fullName", "lise  dobbel", "birthDate", "1985-02-03")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Det finnes allerede en deltaker med samme navn og fødselsdato")))
			.andExpect(content().string(containsString("name=\"confirmDuplicate\"")));
		assertThat(count()).isEqualTo(before);
		this.mvc
			.perform(include(Map.of("fullName", "Lise Dobbel", "birthDate", "1985-02-03", "confirmDuplicate", "true")))
			.andExpect(redirectedUrlPattern("/participants/*"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void postedExtraFieldsChangeNothing() throws Exception {
		CurrentUser other = this.staff.caseworker(this.team);
		long id = this.participants.aParticipant().named("Ekstra Felt").by(this.kari);
		long otherTeam = this.staff.team(this.staff.section());
		this.mvc
			.perform(edit(id, 0, "Ekstra Felt Endret").param("teamId", String.valueOf(otherTeam))
				.param("primaryCaseworkerId", String.valueOf(other.id()))
				.param("status", "EXITED")
				.param("createdBy", "999")
				.param("id", "12345")
				.param("includedOn", "2000-01-01")
				.param("exitReason", "DECEASED"))
			.andExpect(redirectedUrl("/participants/" + id));
		this.entityManager.flush();
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM participant WHERE id = ?", id);
		assertThat(row.get("full_name")).isEqualTo("Ekstra Felt Endret");
		assertThat(row.get("team_id")).isEqualTo(this.team);
		assertThat(row.get("primary_caseworker_id")).isEqualTo(this.kari.id());
		assertThat(row.get("status")).isEqualTo("INCLUDED");
		assertThat(row.get("created_by")).isEqualTo(this.kari.id());
		assertThat(row.get("exit_reason")).isNull();
		assertThat(row.get("included_on").toString()).isNotEqualTo("2000-01-01");
	}

	@Test
	void aSecondEditorGetsAConflictAndNothingIsOverwritten() throws Exception {
		long id = this.participants.aParticipant().named("Konflikt Person").by(this.kari);
		CurrentUser colleague = this.staff.caseworker(this.team);
		// Both open the form at version 0; the colleague saves first.
		this.mvc.perform(edit(id, 0, "Kollegaens Versjon").with(user(colleague)))
			.andExpect(redirectedUrl("/participants/" + id));
		this.entityManager.flush();
		this.mvc.perform(edit(id, 0, "Karis Versjon"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre har lagret endringer mens du redigerte.")))
			.andExpect(content().string(containsString("Kollegaens Versjon")))
			.andExpect(content().string(containsString("value=\"Karis Versjon\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.jdbc.queryForObject("SELECT full_name FROM participant WHERE id = ?", String.class, id))
			.isEqualTo("Kollegaens Versjon");
		// Having seen both, Kari saves her version deliberately.
		this.mvc.perform(edit(id, 1, "Karis Versjon")).andExpect(redirectedUrl("/participants/" + id));
	}

	@Test
	void exitNeedsAReasonAndReopeningBringsThemBack() throws Exception {
		long id = this.participants.aParticipant().by(this.kari);
		this.mvc
			.perform(post("/participants/" + id + "/exit").with(csrf())
				.with(user(this.kari))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.mvc
			.perform(post("/participants/" + id + "/exit").with(csrf())
				.with(user(this.kari))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("reason", "DECLINED_FOLLOW_UP"))
			.andExpect(redirectedUrl("/participants/" + id));
		this.mvc.perform(get("/participants/" + id).with(user(this.kari)))
			.andExpect(content().string(containsString("Takket nei til videre oppfølging")));
		this.mvc
			.perform(post("/participants/" + id + "/exit").with(csrf())
				.with(user(this.kari))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("reason", "MOVED_AWAY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oppfølgingen er allerede avsluttet.")));
		this.mvc
			.perform(post("/participants/" + id + "/reopen").with(csrf())
				.with(user(this.kari))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString()))
			.andExpect(redirectedUrl("/participants/" + id));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT status FROM participant WHERE id = ?", String.class, id))
			.isEqualTo("INCLUDED");
		assertThat(this.jdbc.queryForList(
				"SELECT to_status FROM participant_status_change WHERE participant_id = ? ORDER BY id", String.class,
				id))
			.containsExactly("INCLUDED", "EXITED", "INCLUDED");
	}

	private MockHttpServletRequestBuilder include(Map<String, String> overrides) {
		MockHttpServletRequestBuilder request = post("/participants/new").with(csrf()).with(user(this.kari));
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("fullName", "Ola Deltaker");
		fields.put("birthDate", "1979-04-01");
		fields.put("currentStay", "FRIENDS_SOFA");
		fields.put("monthsHomeless", "14");
		fields.put("guardianNeed", "UNCLEAR");
		fields.put("teamId", String.valueOf(this.team));
		fields.put("primaryCaseworkerId", String.valueOf(this.kari.id()));
		fields.put("includedOn", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString());
		fields.put("key", java.util.UUID.randomUUID().toString());
		fields.putAll(overrides);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit(long id, int version, String name) {
		return post("/participants/" + id + "/edit").with(csrf())
			.with(user(this.kari))
			.param("version", String.valueOf(version))
			.param("fullName", name)
			.param("birthDate", "1980-05-17")
			.param("currentStay", "STREET")
			.param("monthsHomeless", "12")
			.param("guardianNeed", "NO");
	}

	private long count() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT count(*) FROM participant", Long.class);
	}

}
