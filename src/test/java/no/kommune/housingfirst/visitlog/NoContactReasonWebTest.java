package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import no.kommune.housingfirst.shared.TimeConfiguration;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Why there was no contact, through the visit form: required without contact, refused
 * with contact, shown in the history and on the visit's page, and corrected like any
 * other field, in words.
 */
@IntegrationTest
class NoContactReasonWebTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	VisitService visits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	CurrentUser kari;

	long participant;

	@BeforeEach
	void setUp() {
		this.kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(this.kari);
	}

	@Test
	void theFormAsksWhyOnlyWhenThereWasNoContact() throws Exception {
		String html = this.mvc.perform(get(visitsUrl() + "/new").with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// app.js shows the part once "Ikke truffet" is chosen; without it, it is simply
		// there.
		assertThat(html).contains("<div class=\"no-contact\" data-reveal-when=\"contact:false\">")
			.contains("data-reveal-when=\"noContactReason:OTHER\"")
			.contains("Hvorfor ble det ikke kontakt?")
			.contains("id=\"noContactReason-NOT_HOME\"")
			.contains("Ikke hjemme")
			.contains("Ville ikke")
			.contains("På sykehus eller institusjon")
			.doesNotContain("<script>");
	}

	@Test
	void withoutContactTheReasonIsRequiredAndNothingIsSavedWithoutIt() throws Exception {
		this.mvc.perform(log(Map.of("contact", "false")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"noContactReason-error\"")))
			.andExpect(content().string(containsString("Velg hvorfor dere ikke traff deltakeren.")));
		this.mvc.perform(log(Map.of("contact", "false", "noContactReason", "ASLEEP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"noContactReason-error\"")));
		this.mvc.perform(log(Map.of("contact", "false", "noContactReason", "OTHER", "noContactText", " ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv kort hva som var grunnen.")));
		this.mvc.perform(log(Map.of("contact", "false", "noContactReason", "OTHER", "noContactText", "x".repeat(201))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For langt: høyst 200 tegn.")));
		this.mvc.perform(log(Map.of("contact", "false", "noContactReason", "NOT_HOME", "noContactText", "Ringte på")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv her bare når grunnen er «Annet».")))
			.andExpect(content().string(containsString("value=\"Ringte på\"")));
		assertThat(rows()).isEmpty();
	}

	@Test
	void withContactAReasonIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		String html = this.mvc
			.perform(log(Map.of("contact", "true", "noContactReason", "DECLINED", "note", "Kaffe på kjøkkenet")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"noContactReason-error\"")
			.contains("Velg en grunn bare når dere ikke traff deltakeren.")
			.contains("Kaffe på kjøkkenet");
		// The refused choice is shown unchecked, so sending the form again saves it.
		assertThat(html).containsPattern("id=\"noContactReason-DECLINED\" value=\"DECLINED\">");
		assertThat(rows()).isEmpty();
	}

	@Test
	void theReasonIsSavedAndShownInTheHistoryAndOnTheVisit() throws Exception {
		this.mvc.perform(log(Map.of("contact", "false", "noContactReason", "IN_INSTITUTION", "from", "my-week")))
			.andExpect(redirectedUrl("/my-week"));
		this.mvc
			.perform(log(Map.of("contact", "false", "noContactReason", "OTHER", "noContactText",
					"Hos søsteren i Bergen", "date", TODAY.minusDays(1).toString())))
			.andExpect(redirectedUrl(visitsUrl()));
		assertThat(rows()).containsExactly("false IN_INSTITUTION null", "false OTHER Hos søsteren i Bergen");
		this.mvc.perform(get(visitsUrl()).with(user(this.kari)))
			.andExpect(content().string(containsString("(På sykehus eller institusjon)")))
			.andExpect(content().string(containsString("(Annet)")));
		long other = this.jdbc.queryForObject(
				"SELECT id FROM visit WHERE participant_id = ? AND no_contact_reason = 'OTHER'", Long.class,
				this.participant);
		this.mvc.perform(get(visitsUrl() + "/" + other).with(user(this.kari)))
			.andExpect(content().string(containsString("Grunn til at dere ikke traff")))
			.andExpect(content().string(containsString("Annet")))
			.andExpect(content().string(containsString(": Hos søsteren i Bergen")));
	}

	@Test
	void theReasonIsCorrectedLikeAnyFieldAndTheHistorySaysItInWords() throws Exception {
		long id = this.visits.log(this.kari, this.participant, UUID.randomUUID(),
				VisitDetails.withoutContact(TODAY.minusDays(3), VisitKind.HOME_VISIT, NoContactReason.NOT_HOME, null));
		this.entityManager.flush();
		this.mvc.perform(get(visitsUrl() + "/" + id + "/edit").with(user(this.kari)))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*id=\"noContactReason-NOT_HOME\" value=\"NOT_HOME\" checked.*")));
		this.mvc
			.perform(post(visitsUrl() + "/" + id + "/edit").with(csrf())
				.with(user(this.kari))
				.param("version", "0")
				.param("date", TODAY.minusDays(3).toString())
				.param("kind", "HOME_VISIT")
				.param("contact", "false")
				.param("noContactReason", "IN_INSTITUTION"))
			.andExpect(redirectedUrl(visitsUrl() + "/" + id));
		// Refused in a correction too: a reason with contact.
		this.mvc
			.perform(post(visitsUrl() + "/" + id + "/edit").with(csrf())
				.with(user(this.kari))
				.param("version", "1")
				.param("date", TODAY.minusDays(3).toString())
				.param("kind", "HOME_VISIT")
				.param("contact", "true")
				.param("noContactReason", "IN_INSTITUTION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Velg en grunn bare når dere ikke traff deltakeren.")));
		this.mvc.perform(get(visitsUrl() + "/" + id).with(user(this.kari)))
			.andExpect(content().string(containsString(">Grunn til at dere ikke traff</td>")))
			.andExpect(content().string(containsString("<span>Ikke hjemme</span>")))
			.andExpect(content().string(containsString("<span>På sykehus eller institusjon</span>")))
			.andExpect(content().string(not(containsString("IN_INSTITUTION"))));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList(
				"SELECT field || ' ' || old_value || ' ' || new_value FROM visit_correction WHERE visit_id = ?",
				String.class, id))
			.containsExactly("noContactReason NOT_HOME IN_INSTITUTION");
	}

	@Test
	void aVisitLoggedBeforeReasonsWereAskedForKeepsNoneSaysSoAndCanBeVoided() throws Exception {
		// As V013 left an older attempt: no reason, marked as logged before reasons.
		long old = this.jdbc.queryForObject(
				"""
						INSERT INTO visit (participant_id, visit_date, kind, contact, submission_key, created_by, legacy_no_reason)
						VALUES (?, ?, 'HOME_VISIT', FALSE, gen_random_uuid(), ?, TRUE) RETURNING id""",
				Long.class, this.participant, TODAY.minusDays(20), this.kari.id());
		this.mvc.perform(get(visitsUrl() + "/" + old).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ikke registrert (ført før grunnen ble spurt om)")));
		// A correction of it says why from now on.
		this.mvc
			.perform(post(visitsUrl() + "/" + old + "/edit").with(csrf())
				.with(user(this.kari))
				.param("version", "0")
				.param("date", TODAY.minusDays(20).toString())
				.param("kind", "PHONE")
				.param("contact", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Velg hvorfor dere ikke traff deltakeren.")));
		this.mvc
			.perform(post(visitsUrl() + "/" + old + "/void").with(csrf())
				.with(user(this.kari))
				.param("version", "0")
				.param("reason", "DUPLICATE"))
			.andExpect(redirectedUrl(visitsUrl() + "/" + old));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"SELECT void_reason || ' ' || coalesce(no_contact_reason, '-') || ' ' || kind FROM visit WHERE id = ?",
				String.class, old))
			.isEqualTo("DUPLICATE - HOME_VISIT");
	}

	private MockHttpServletRequestBuilder log(Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(visitsUrl() + "/new").with(csrf()).with(user(this.kari));
		Map<String, String> all = new java.util.LinkedHashMap<>();
		all.put("key", UUID.randomUUID().toString());
		all.put("date", TODAY.toString());
		all.put("kind", "HOME_VISIT");
		all.putAll(fields);
		all.forEach(request::param);
		return request;
	}

	private String visitsUrl() {
		return "/participants/" + this.participant + "/visits";
	}

	private List<String> rows() {
		this.entityManager.flush();
		return this.jdbc.queryForList(
				"SELECT contact || ' ' || coalesce(no_contact_reason, 'null') || ' ' || coalesce(no_contact_text, 'null') "
						+ "FROM visit WHERE participant_id = ? ORDER BY id",
				String.class, this.participant);
	}

}
