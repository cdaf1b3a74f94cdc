package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Need-to-know: team A never sees team B's participants, in any route, list, count or
 * search; section leaders read their section and reassign but never write case content;
 * NAV, housing officers and administrators see no participant pages.
 */
@IntegrationTest
class ParticipantAccessTest {

	static final String MARKER_B = "Zzmarkør Teambe";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ParticipantPathway pathway;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long sectionOne;

	long teamA;

	long teamA2;

	long teamB;

	CurrentUser caseworkerA;

	CurrentUser caseworkerA2;

	CurrentUser caseworkerB;

	CurrentUser leaderOne;

	CurrentUser leaderTwo;

	long participantA;

	long participantB;

	@BeforeEach
	void setUp() {
		this.sectionOne = this.staff.section();
		long sectionTwo = this.staff.section();
		this.teamA = this.staff.team(this.sectionOne);
		this.teamA2 = this.staff.team(this.sectionOne);
		this.teamB = this.staff.team(sectionTwo);
		this.caseworkerA = this.staff.caseworker(this.teamA);
		this.caseworkerA2 = this.staff.caseworker(this.teamA2);
		this.caseworkerB = this.staff.caseworker(this.teamB);
		this.leaderOne = this.staff.sectionLeader(this.sectionOne);
		this.leaderTwo = this.staff.sectionLeader(sectionTwo);
		this.participantA = this.participants.aParticipant().named("Anne Teama").by(this.caseworkerA);
		this.participantB = this.participants.aParticipant()
			.named(MARKER_B)
			.born(LocalDate.of(1977, 3, 14))
			.by(this.caseworkerB);
	}

	@Test
	void anotherTeamsParticipantIsNotFoundOnEveryRoute() throws Exception {
		long id = this.participantB;
		for (String page : List.of("/participants/" + id, "/participants/" + id + "/edit",
				"/participants/" + id + "/exit", "/participants/" + id + "/reopen",
				"/participants/" + id + "/access-log")) {
			this.mvc.perform(get(page).with(user(this.caseworkerA))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/participants/" + id + "/edit").with(csrf())
				.with(user(this.caseworkerA))
				.param("fullName", "Overskrevet")
				.param("birthDate", "1980-01-01")
				.param("currentStay", "STREET")
				.param("monthsHomeless", "1")
				.param("guardianNeed", "NO")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/participants/" + id + "/exit").with(csrf())
				.with(user(this.caseworkerA))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("reason", "MOVED_AWAY"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/participants/" + id + "/reopen").with(csrf())
				.with(user(this.caseworkerA))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString()))
			.andExpect(status().isNotFound());
		this.entityManager.flush();
		assertThat(
				this.jdbc.queryForObject("SELECT full_name || status FROM participant WHERE id = ?", String.class, id))
			.isEqualTo(MARKER_B + "INCLUDED");
	}

	@Test
	void anotherTeamsParticipantNeverAppearsInListsCountsOrSearches() throws Exception {
		for (String query : List.of("", "zz", "zzmarkør", "teambe", "14.03.1977", "1977-03-14")) {
			this.mvc.perform(get("/participants").param("q", query).with(user(this.caseworkerA)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Zzmarkør"))))
				.andExpect(content().string(not(containsString("/participants/" + this.participantB + "\""))));
		}
		this.mvc.perform(get("/participants").param("q", "14.03.1977").with(user(this.caseworkerA)))
			.andExpect(content().string(containsString("0 deltakere")));
		this.mvc.perform(get("/participants").param("q", "zzmark").with(user(this.caseworkerB)))
			.andExpect(content().string(containsString(MARKER_B)))
			.andExpect(content().string(containsString("1 deltaker<")));
		// Filtering on the other team's id shows nothing either.
		this.mvc.perform(get("/participants").param("team", String.valueOf(this.teamB)).with(user(this.caseworkerA)))
			.andExpect(content().string(not(containsString("Zzmarkør"))));
	}

	@Test
	void includingIntoAnotherTeamWithAForgedIdIsNotFoundAndSavesNothing() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/participants/new").with(csrf())
				.with(user(this.caseworkerA))
				.param("fullName", "Forfalsket Team")
				.param("birthDate", "1980-01-01")
				.param("currentStay", "STREET")
				.param("monthsHomeless", "5")
				.param("guardianNeed", "NO")
				.param("teamId", String.valueOf(this.teamB))
				.param("primaryCaseworkerId", String.valueOf(this.caseworkerB.id()))
				.param("includedOn", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("key", java.util.UUID.randomUUID().toString()))
			.andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "NAV", "HOUSING_OFFICER", "ADMIN" })
	void rolesWithoutCaseContentSeeNoParticipantPages(Role role) throws Exception {
		CurrentUser person = this.staff.withRole(role);
		for (String page : List.of("/participants", "/participants/new", "/participants/" + this.participantA,
				"/participants/" + this.participantA + "/edit", "/participants/" + this.participantA + "/access-log",
				"/participants/" + this.participantA + "/assign")) {
			this.mvc.perform(get(page).with(user(person))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/participants/" + this.participantA + "/exit").with(csrf())
				.with(user(person))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("reason", "MOVED_AWAY"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSectionLeaderReadsTheSectionAndNothingElse() throws Exception {
		this.mvc.perform(get("/participants/" + this.participantA).with(user(this.leaderOne)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anne Teama")));
		this.mvc.perform(get("/participants/" + this.participantA + "/access-log").with(user(this.leaderOne)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/participants/" + this.participantA).with(user(this.leaderTwo)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/participants").with(user(this.leaderTwo)))
			.andExpect(content().string(not(containsString("Anne Teama"))))
			.andExpect(content().string(containsString(MARKER_B)));
	}

	@Test
	void aSectionLeaderCannotWriteCaseContent() throws Exception {
		String before = snapshot(this.participantA);
		this.mvc.perform(get("/participants/" + this.participantA + "/edit").with(user(this.leaderOne)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/participants/" + this.participantA + "/edit").with(csrf())
				.with(user(this.leaderOne))
				.param("fullName", "Endret Av Leder")
				.param("birthDate", "1980-01-01")
				.param("currentStay", "STREET")
				.param("monthsHomeless", "1")
				.param("guardianNeed", "NO")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/participants/" + this.participantA + "/exit").with(csrf())
				.with(user(this.leaderOne))
				.param("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString())
				.param("reason", "MOVED_AWAY"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/participants/new").with(csrf())
				.with(user(this.leaderOne))
				.param("fullName", "Ny Fra Leder")
				.param("teamId", String.valueOf(this.teamA)))
			.andExpect(status().isForbidden());
		assertThat(snapshot(this.participantA)).isEqualTo(before);
	}

	@Test
	void aSectionLeaderReassignsWithinTheSection() throws Exception {
		this.mvc
			.perform(post("/participants/" + this.participantA + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leaderOne))
				.param("teamId", String.valueOf(this.teamA2))
				.param("primaryCaseworkerId", String.valueOf(this.caseworkerA2.id()))
				.param("version", "0"))
			.andExpect(redirectedUrl("/participants/" + this.participantA));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList("SELECT team_id, primary_caseworker_id FROM participant WHERE id = ?",
				this.participantA))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("team_id")).isEqualTo(this.teamA2);
				assertThat(row.get("primary_caseworker_id")).isEqualTo(this.caseworkerA2.id());
			});
		// The old team's caseworker no longer sees the participant; the new one does.
		this.mvc.perform(get("/participants/" + this.participantA).with(user(this.caseworkerA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/participants/" + this.participantA).with(user(this.caseworkerA2)))
			.andExpect(status().isOk());
	}

	@Test
	void reassigningOutsideTheSectionOrToAnOutsiderIsRefused() throws Exception {
		this.mvc
			.perform(post("/participants/" + this.participantA + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leaderOne))
				.param("teamId", String.valueOf(this.teamB))
				.param("primaryCaseworkerId", String.valueOf(this.caseworkerB.id()))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Teamet hører ikke til seksjonen din.")));
		this.mvc
			.perform(post("/participants/" + this.participantA + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leaderOne))
				.param("teamId", String.valueOf(this.teamA2))
				.param("primaryCaseworkerId", String.valueOf(this.caseworkerA.id()))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Booppfølgeren må være aktiv og høre til det valgte teamet.")));
		this.mvc
			.perform(post("/participants/" + this.participantB + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leaderOne))
				.param("teamId", String.valueOf(this.teamA))
				.param("primaryCaseworkerId", String.valueOf(this.caseworkerA.id()))
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.entityManager.flush();
		assertThat(
				this.jdbc.queryForObject("SELECT team_id FROM participant WHERE id = ?", Long.class, this.participantA))
			.isEqualTo(this.teamA);
	}

	@Test
	void reassigningKeepsTheSecondCaseworkerAndRefusesAStaleForm() throws Exception {
		CurrentUser second = this.staff.caseworker(this.teamA);
		this.pathway.reassign(this.leaderOne, this.participantA, 0, this.teamA, this.caseworkerA.id(), second.id(),
				"Ny booppfølger i teamet");
		this.entityManager.flush();
		this.mvc.perform(get("/participants/" + this.participantA + "/assign").with(user(this.leaderOne)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + second.id() + "\" selected")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		this.mvc
			.perform(post("/participants/" + this.participantA + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leaderOne))
				.param("teamId", String.valueOf(this.teamA))
				.param("primaryCaseworkerId", String.valueOf(second.id()))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noen andre har endret deltakeren i mellomtiden.")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT secondary_caseworker_id FROM participant WHERE id = ?", Long.class,
				this.participantA))
			.isEqualTo(second.id());
	}

	@Test
	void aTeamChangeForTheCaseworkerAppliesOnTheNextRequest() throws Exception {
		this.mvc.perform(get("/participants/" + this.participantB).with(user(this.caseworkerA)))
			.andExpect(status().isNotFound());
		this.jdbc.update("INSERT INTO staff_member_team (staff_member_id, team_id) VALUES (?, ?)",
				this.caseworkerA.id(), this.teamB);
		this.entityManager.clear();
		this.mvc.perform(get("/participants/" + this.participantB).with(user(this.caseworkerA)))
			.andExpect(status().isOk());
		assertThat(Set.of(this.teamA)).isEqualTo(this.caseworkerA.teamIds());
	}

	private long count() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT count(*) FROM participant", Long.class);
	}

	private String snapshot(long id) {
		this.entityManager.flush();
		return this.jdbc.queryForMap("SELECT * FROM participant WHERE id = ?", id).toString();
	}

}
