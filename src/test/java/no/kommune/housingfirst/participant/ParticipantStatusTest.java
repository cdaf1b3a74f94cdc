package no.kommune.housingfirst.participant;

import java.time.LocalDate;

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
 * The exit as the participant page shows it, no way back after a death, and the
 * reassignment form's errors next to the field they concern.
 */
@IntegrationTest
class ParticipantStatusTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	long section;

	long team;

	CurrentUser kari;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
	}

	@Test
	void theExitIsShownOnceAndADeathCannotBeReopened() throws Exception {
		long id = this.participants.aParticipant().by(this.kari);
		this.mvc
			.perform(post("/participants/" + id + "/exit").with(csrf())
				.with(user(this.kari))
				.param("on", TODAY.toString())
				.param("reason", "DECEASED"))
			.andExpect(redirectedUrl("/participants/" + id));
		String page = this.mvc.perform(get("/participants/" + id).with(user(this.kari)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("Død", -1)).as("the exit reason appears once").hasSize(2);
		assertThat(page).doesNotContain("/reopen");
		this.mvc
			.perform(post("/participants/" + id + "/reopen").with(csrf())
				.with(user(this.kari))
				.param("on", TODAY.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kan ikke startes igjen")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT status FROM participant WHERE id = ?", String.class, id))
			.isEqualTo("EXITED");
	}

	@Test
	void anotherExitReasonCanBeReopened() throws Exception {
		long id = this.participants.aParticipant().by(this.kari);
		this.mvc
			.perform(post("/participants/" + id + "/exit").with(csrf())
				.with(user(this.kari))
				.param("on", TODAY.toString())
				.param("reason", "MOVED_AWAY"))
			.andExpect(redirectedUrl("/participants/" + id));
		this.mvc.perform(get("/participants/" + id).with(user(this.kari)))
			.andExpect(content().string(containsString("/participants/" + id + "/reopen")));
	}

	@Test
	void detailsChangedTwiceKeepTheirHistoryInWords() throws Exception {
		long id = this.participants.aParticipant().named("Historie Hansen").by(this.kari);
		this.mvc.perform(edit(id, 0, "STREET", "99887766", "NO")).andExpect(redirectedUrl("/participants/" + id));
		this.entityManager.flush();
		this.mvc.perform(edit(id, 1, "FRIENDS_SOFA", "99887766", "YES"))
			.andExpect(redirectedUrl("/participants/" + id));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList(
				"SELECT field || ':' || coalesce(old_value, '-') || '>' || coalesce(new_value, '-') FROM participant_change WHERE participant_id = ? ORDER BY id",
				String.class, id))
			.contains("phone:->99887766", "currentStay:STREET>FRIENDS_SOFA", "guardianNeed:NO>YES")
			.noneMatch((line) -> line.startsWith("fullName"));
		this.entityManager.clear();
		String page = this.mvc.perform(get("/participants/" + id).with(user(this.kari)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Endringer", "Hvor personen bor", "Hos venner (sofa)", "99887766", "Behov for verge");
	}

	@Test
	void aReassignmentNeedsAReasonAndShowsItInTheHistory() throws Exception {
		CurrentUser leader = this.staff.sectionLeader(this.section);
		long id = this.participants.aParticipant().by(this.kari);
		CurrentUser ola = this.staff.caseworker(this.team);
		this.mvc
			.perform(post("/participants/" + id + "/assign").with(csrf())
				.with(user(leader))
				.param("teamId", String.valueOf(this.team))
				.param("primaryCaseworkerId", String.valueOf(ola.id()))
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		this.entityManager.flush();
		assertThat(
				this.jdbc.queryForObject("SELECT primary_caseworker_id FROM participant WHERE id = ?", Long.class, id))
			.isEqualTo(this.kari.id());
		this.mvc
			.perform(post("/participants/" + id + "/assign").with(csrf())
				.with(user(leader))
				.param("teamId", String.valueOf(this.team))
				.param("primaryCaseworkerId", String.valueOf(ola.id()))
				.param("reason", "Kari går ut i permisjon")
				.param("version", "0"))
			.andExpect(redirectedUrl("/participants/" + id));
		this.entityManager.flush();
		this.entityManager.clear();
		String page = this.mvc.perform(get("/participants/" + id).with(user(leader)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Primær booppfølger", this.kari.fullName(), ola.fullName(),
				"Begrunnelse: Kari går ut i permisjon");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long id, int version,
			String stay, String phone, String guardian) {
		return post("/participants/" + id + "/edit").with(csrf())
			.with(user(this.kari))
			.param("version", String.valueOf(version))
			.param("fullName", "Historie Hansen")
			.param("birthDate", "1980-05-17")
			.param("currentStay", stay)
			.param("phone", phone)
			.param("monthsHomeless", "12")
			.param("guardianNeed", guardian);
	}

	@Test
	void aWrongSecondaryCaseworkerIsMarkedOnTheSecondaryField() throws Exception {
		CurrentUser leader = this.staff.sectionLeader(this.section);
		long id = this.participants.aParticipant().by(this.kari);
		CurrentUser elsewhere = this.staff.caseworker(this.staff.team(this.staff.section()));
		for (String secondary : new String[] { String.valueOf(this.kari.id()), String.valueOf(elsewhere.id()) }) {
			String page = this.mvc
				.perform(post("/participants/" + id + "/assign").with(csrf())
					.param("reason", "Omfordeling")
					.with(user(leader))
					.param("teamId", String.valueOf(this.team))
					.param("primaryCaseworkerId", String.valueOf(this.kari.id()))
					.param("secondaryCaseworkerId", secondary)
					.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"secondaryCaseworkerId-error\"")))
				.andExpect(content().string(not(containsString("id=\"primaryCaseworkerId-error\""))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("aria-invalid=\"true\"");
		}
	}

}
