package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.QueryCounter;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The record export reads each part in a fixed number of queries: six more visits, each
 * corrected, and more FIT sessions cost no more statements, for the page or the file.
 */
@IntegrationTest
class RecordExportQueryCountTest {

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

	CurrentUser kari;

	long participant;

	@BeforeEach
	void setUp() {
		this.kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.participant = this.participants.aParticipant().includedOn(TODAY.minusDays(200)).by(this.kari);
		this.housing.lease(this.kari, this.participant, TODAY.minusDays(100));
		addVisitAndSession(1);
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void theExportDoesNotGrowWithTheRecord() throws Exception {
		int page = statements("/participants/" + this.participant + "/export");
		int file = statements("/participants/" + this.participant + "/export.json");
		for (int i = 2; i <= 7; i++) {
			addVisitAndSession(i);
		}
		assertThat(statements("/participants/" + this.participant + "/export")).isEqualTo(page);
		assertThat(statements("/participants/" + this.participant + "/export.json")).isEqualTo(file);
	}

	private void addVisitAndSession(int n) {
		long visit = this.jdbc.queryForObject("""
				INSERT INTO visit (participant_id, visit_date, kind, contact, note, submission_key, created_by)
				VALUES (?, ?, 'HOME_VISIT', TRUE, 'Notat', ?, ?) RETURNING id""", Long.class, this.participant,
				TODAY.minusDays(n), UUID.randomUUID(), this.kari.id());
		this.jdbc.update("""
				INSERT INTO visit_correction (visit_id, corrected_by, field, old_value, new_value)
				VALUES (?, ?, 'note', 'Notat', 'Rettet')""", visit, this.kari.id());
		this.jdbc.update("""
				INSERT INTO fit_session (participant_id, session_date, srs_relationship, srs_goals, srs_approach,
				    srs_overall, submission_key, created_by)
				VALUES (?, ?, 9, 9, 9, 9, ?, ?)""", this.participant, TODAY.minusDays(n), UUID.randomUUID(),
				this.kari.id());
	}

	private int statements(String path) throws Exception {
		QueryCounter.reset();
		this.mvc.perform(get(path).with(user(this.kari))).andExpect(status().isOk());
		return QueryCounter.count();
	}

}
