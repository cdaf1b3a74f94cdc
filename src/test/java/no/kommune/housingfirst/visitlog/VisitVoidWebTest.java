package no.kommune.housingfirst.visitlog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Voiding a visit from its page: who may, what it needs, what the page and the history
 * show afterwards, and that it is audited and final.
 */
@IntegrationTest
class VisitVoidWebTest {

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

	long section;

	long team;

	CurrentUser kari;

	long participant;

	long visit;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusDays(100)).by(this.kari);
		this.visit = this.visits.log(this.kari, this.participant, UUID.randomUUID(),
				new VisitDetails(TODAY.minusWeeks(1), VisitKind.HOME_VISIT, true, null, null, 40, null,
						java.util.Set.of(), java.util.Set.of(), false, "Hjalp med posten"));
		this.entityManager.flush();
	}

	@Test
	void theVisitPageOffersTheVoidToCaseworkersOnly() throws Exception {
		this.mvc.perform(get(visitUrl()).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Annuller besøket")))
			.andExpect(content().string(containsString("Ført på feil person")))
			.andExpect(content().string(containsString("Ført to ganger")))
			.andExpect(content().string(containsString("action=\"" + visitUrl() + "/void\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc.perform(get(visitUrl()).with(user(this.staff.sectionLeader(this.section))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/void\""))));
	}

	@Test
	void aVoidedVisitStaysMarkedWithWhoWhenAndWhyAndIsAudited() throws Exception {
		CurrentUser colleague = this.staff.caseworker(this.team);
		this.mvc.perform(voidIt(colleague, "0", "WRONG_PARTICIPANT", "Skulle vært ført på Per"))
			.andExpect(redirectedUrl(visitUrl()))
			.andExpect(flash().attribute("message", "visitlog.voided"));
		this.entityManager.flush();
		String page = this.mvc.perform(get(visitUrl()).with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Besøket er annullert")
			.contains(colleague.fullName())
			.contains("Grunn: Ført på feil person")
			.contains("Kommentar: Skulle vært ført på Per")
			.contains("Hjalp med posten")
			.doesNotContain("/edit\"")
			.doesNotContain("/void\"");
		assertThat(page).containsPattern("Annullert \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d av ");
		// Kept, not deleted; the week it was in is a gap now.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM visit WHERE id = ? AND voided_at IS NOT NULL AND voided_by = ? "
						+ "AND void_reason = 'WRONG_PARTICIPANT' AND void_comment = 'Skulle vært ført på Per'",
				Long.class, this.visit, colleague.id()))
			.isEqualTo(1);
		String history = this.mvc.perform(get(visitsUrl()).with(user(this.kari)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		IsoWeek week = IsoWeek.of(TODAY.minusWeeks(1));
		int header = history.indexOf("Uke " + week.week() + " " + week.year());
		String weekItem = history.substring(history.lastIndexOf("<li class=\"week ", header),
				history.indexOf("<li class=\"week ", header));
		assertThat(weekItem).contains("week-gap")
			.contains("Ingen besøk")
			.contains("Annullert")
			.contains("visit-voided");
		assertThat(this.jdbc.queryForList(
				"SELECT action || ' ' || outcome FROM audit_event "
						+ "WHERE record_type = 'VISIT' AND record_id = ? AND actor_id = ? ORDER BY id",
				String.class, this.visit, colleague.id()))
			.containsExactly("UPDATE ALLOWED");
	}

	@Test
	void aVoidNeedsAReasonAndOtherNeedsAComment() throws Exception {
		this.mvc.perform(voidIt(this.kari, "0", "", "Feil"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"void-reason-error\"")))
			.andExpect(content().string(containsString("Må fylles ut.")))
			.andExpect(content().string(containsString("Feil</textarea>")))
			.andExpect(content().string(containsString("<details class=\"void-visit mb-3 border rounded p-2\" open")));
		this.mvc.perform(voidIt(this.kari, "0", "OTHER", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"void-comment-error\"")))
			.andExpect(content().string(containsString("Skriv kort hvorfor besøket annulleres.")));
		this.mvc.perform(voidIt(this.kari, "0", "DUPLICATE", "x".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("For langt: høyst 500 tegn.")));
		this.mvc.perform(voidIt(this.kari, "0", "FORGOT", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"void-reason-error\"")));
		assertThat(voided()).isFalse();
	}

	@Test
	void aStaleVoidIsTheConflictPageAndVoidsNothing() throws Exception {
		this.visits.correct(this.kari, this.participant, this.visit, 0,
				VisitDetails.minimal(TODAY.minusWeeks(1), VisitKind.PHONE, true));
		this.entityManager.flush();
		this.mvc.perform(voidIt(this.kari, "0", "DUPLICATE", "Ført to ganger i går"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Noen andre har endret dette besøket")))
			.andExpect(content().string(containsString("Ført to ganger i går</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(voided()).isFalse();
		this.mvc.perform(voidIt(this.kari, "bad", "DUPLICATE", "")).andExpect(status().isConflict());
		assertThat(voided()).isFalse();
	}

	@Test
	void aVoidedVisitIsNotVoidedAgainNorCorrected() throws Exception {
		this.mvc.perform(voidIt(this.kari, "0", "DUPLICATE", "")).andExpect(redirectedUrl(visitUrl()));
		this.entityManager.flush();
		this.entityManager.clear();
		this.mvc.perform(voidIt(this.kari, "1", "WRONG_PARTICIPANT", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Besøket er allerede annullert.")));
		this.mvc.perform(get(visitUrl() + "/edit").with(user(this.kari)))
			.andExpect(redirectedUrl(visitUrl()))
			.andExpect(flash().attribute("problem", "visitlog.rule.voided"));
		this.mvc
			.perform(post(visitUrl() + "/edit").with(csrf())
				.with(user(this.kari))
				.param("version", "1")
				.param("date", TODAY.minusWeeks(1).toString())
				.param("kind", "PHONE")
				.param("contact", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Besøket er annullert og kan ikke rettes.")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT kind || ' ' || void_reason FROM visit WHERE id = ?", String.class,
				this.visit))
			.isEqualTo("HOME_VISIT DUPLICATE");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM visit_correction WHERE visit_id = ?", Long.class,
				this.visit))
			.isZero();
	}

	@Test
	void onlyThoseWhoMayWriteTheParticipantVoid() throws Exception {
		// Another team's caseworker: not found, as every visit route.
		this.mvc.perform(voidIt(this.staff.withRole(Role.CASEWORKER), "0", "DUPLICATE", ""))
			.andExpect(status().isNotFound());
		// Section leaders read visits, and do not change them; nor does anyone else.
		this.mvc.perform(voidIt(this.staff.sectionLeader(this.section), "0", "DUPLICATE", ""))
			.andExpect(status().isForbidden());
		for (Role role : List.of(Role.NAV, Role.HOUSING_OFFICER, Role.ADMIN)) {
			this.mvc.perform(voidIt(this.staff.withRole(role), "0", "DUPLICATE", "")).andExpect(status().isForbidden());
		}
		// A visit of another participant is not found under this one.
		long other = this.participants.aParticipant().includedOn(TODAY.minusDays(10)).by(this.kari);
		this.mvc
			.perform(post("/participants/" + other + "/visits/" + this.visit + "/void").with(csrf())
				.with(user(this.kari))
				.param("version", "0")
				.param("reason", "DUPLICATE"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(visitUrl() + "/void").with(user(this.kari))).andExpect(status().is4xxClientError());
		assertThat(voided()).isFalse();
		// Each refusal is in the audit trail; nothing was changed.
		assertThat(this.jdbc.queryForList(
				"SELECT outcome FROM audit_event WHERE participant_id IN (?, ?) AND action = 'UPDATE'", String.class,
				this.participant, other))
			.containsOnly("DENIED")
			.hasSizeGreaterThanOrEqualTo(2);
	}

	private MockHttpServletRequestBuilder voidIt(CurrentUser who, String version, String reason, String comment) {
		return post(visitUrl() + "/void").with(csrf())
			.with(user(who))
			.param("version", version)
			.param("reason", reason)
			.param("comment", comment);
	}

	private boolean voided() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT voided_at IS NOT NULL FROM visit WHERE id = ?", Boolean.class,
				this.visit);
	}

	private String visitsUrl() {
		return "/participants/" + this.participant + "/visits";
	}

	private String visitUrl() {
		return visitsUrl() + "/" + this.visit;
	}

}
