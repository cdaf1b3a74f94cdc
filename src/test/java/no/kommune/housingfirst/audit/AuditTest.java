package no.kommune.housingfirst.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every read and change is in the trail, the trail cannot be altered, and it can be
 * shown.
 */
@IntegrationTest
class AuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestDatabase database;

	long section;

	long team;

	CurrentUser kari;

	CurrentUser leader;

	CurrentUser outsider;

	long participant;

	@BeforeEach
	void setUp() {
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.leader = this.staff.sectionLeader(this.section);
		this.outsider = this.staff.withRole(Role.CASEWORKER);
		this.participant = this.participants.aParticipant().named("Innsyn Person").by(this.kari);
	}

	@Test
	void exactlyOneRowPerPageRead() throws Exception {
		assertThat(events()).containsExactly(this.kari.getUsername() + " CREATE PARTICIPANT ALLOWED");
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.kari))).andExpect(status().isOk());
		assertThat(events()).hasSize(2).last().isEqualTo(this.kari.getUsername() + " READ PARTICIPANT ALLOWED");
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.leader))).andExpect(status().isOk());
		assertThat(events()).hasSize(3).last().isEqualTo(this.leader.getUsername() + " READ PARTICIPANT ALLOWED");
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.outsider)))
			.andExpect(status().isNotFound());
		assertThat(events()).hasSize(4).last().isEqualTo(this.outsider.getUsername() + " READ PARTICIPANT DENIED");
	}

	@Test
	void attemptsRefusedByTheRoutePolicyAreInTheTrailToo() throws Exception {
		CurrentUser nav = this.staff.withRole(Role.NAV);
		this.mvc.perform(get("/participants/" + this.participant).with(user(nav))).andExpect(status().isForbidden());
		this.mvc.perform(get("/participants/" + this.participant + "/edit").with(user(this.leader)))
			.andExpect(status().isForbidden());
		assertThat(events()).endsWith(nav.getUsername() + " READ PARTICIPANT DENIED",
				this.leader.getUsername() + " READ PARTICIPANT DENIED");
	}

	@Test
	void theRowsRecordWhoWhenAndWhatButNoContent() throws Exception {
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.kari)));
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT * FROM audit_event WHERE participant_id = ? AND action = 'READ'", this.participant);
		assertThat(row.get("actor_id")).isEqualTo(this.kari.id());
		assertThat(row.get("actor_name")).isEqualTo(this.kari.fullName());
		assertThat(row.get("actor_roles")).isEqualTo("CASEWORKER");
		assertThat(row.get("actor_team_ids")).isEqualTo(String.valueOf(this.team));
		assertThat(row.get("participant_team_id")).isEqualTo(this.team);
		assertThat(row.get("record_type")).isEqualTo("PARTICIPANT");
		assertThat(row.get("occurred_at")).isNotNull();
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).contains("Innsyn Person"));
	}

	@Test
	void theExtractListsExactlyTheAccessesMade() throws Exception {
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.kari)));
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.leader)));
		this.mvc.perform(get("/participants/" + this.participant + "/edit").with(user(this.outsider)));
		MvcResult result = this.mvc
			.perform(get("/participants/" + this.participant + "/access-log").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Innsyn i logg for Innsyn Person")))
			.andReturn();
		String html = result.getResponse().getContentAsString();
		String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		assertThat(table.split("<tr>", -1)).hasSize(1 + 5);
		assertThat(table).contains("Opprettet deltakeropplysninger")
			.contains("Leste deltakeropplysninger")
			.contains("Endret deltakeropplysninger")
			.contains("Tok ut tilgangsloggen")
			.contains(this.leader.fullName())
			.contains(this.outsider.fullName())
			.contains("Seksjonsleder")
			.contains("Avvist");
		assertThat(events()).last().isEqualTo(this.kari.getUsername() + " EXPORT ACCESS_LOG ALLOWED");
	}

	/**
	 * A long history renders by period and page: 150 reads besides the creation and each
	 * extract's own row. (The trail stamps every row with the time it is written, so the
	 * periods here are around today.)
	 */
	@Test
	void theExtractShowsAPeriodOnePageAtATime() throws Exception {
		java.time.LocalDate today = java.time.LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO);
		this.jdbc.update("""
				INSERT INTO audit_event (actor_id, actor_username, actor_name, actor_roles, actor_team_ids,
				    participant_id, participant_team_id, record_type, record_id, action, outcome)
				SELECT ?, ?, ?, 'CASEWORKER', '', ?, ?, 'PARTICIPANT', ?, 'READ', 'ALLOWED'
				FROM generate_series(1, 150) g""", this.kari.id(), this.kari.getUsername(), this.kari.fullName(),
				this.participant, this.team, this.participant);
		String url = "/participants/" + this.participant + "/access-log";
		java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
		// The last twelve months: 150 reads, the creation, this extract: 152; 100 shown.
		String html = this.mvc.perform(get(url).with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hendelser fra " + today.minusYears(1).format(day)
					+ " til og med " + today.format(day) + ": 152 hendelser.")))
			.andExpect(content().string(containsString("Side 1 av 2")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(html)).isEqualTo(100);
		// Page two: the rest, now with the second extract's row too (153 - 100).
		html = this.mvc.perform(get(url).param("page", "1").with(user(this.kari)))
			.andExpect(content().string(containsString("Side 2 av 2")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(html)).isEqualTo(53);
		// A chosen period, both days included: today alone has them all (154).
		html = this.mvc
			.perform(get(url).param("from", today.toString()).param("to", today.toString()).with(user(this.kari)))
			.andExpect(content().string(containsString(
					"Hendelser fra " + today.format(day) + " til og med " + today.format(day) + ": 154 hendelser.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(html)).isEqualTo(100);
		// A period that ends yesterday has none of them, and says so.
		html = this.mvc
			.perform(get(url).param("from", today.minusDays(10).toString())
				.param("to", today.minusDays(1).toString())
				.with(user(this.kari)))
			.andExpect(content().string(containsString(": ingen hendelser.")))
			.andExpect(content().string(containsString("Ingen hendelser i perioden.")))
			.andExpect(content().string(not(containsString("Side 1 av"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(html)).isEqualTo(1);
		// A period that ends before it starts, and a date that is no date: said by the
		// field; the default period is shown and says so.
		this.mvc
			.perform(get(url).param("from", today.toString())
				.param("to", today.minusDays(1).toString())
				.with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Til-datoen kan ikke være før fra-datoen.")))
			.andExpect(content().string(containsString("Hendelser fra " + today.minusYears(1).format(day))));
		this.mvc.perform(get(url).param("from", "32.13.2020").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv en gyldig dato")));
	}

	private static int rows(String html) {
		String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		return table.split("<tr>", -1).length - 1;
	}

	@Test
	void theRuntimeRoleCannotAlterTheTrail() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = connection.createStatement()) {
			for (String sql : List.of("UPDATE audit_event SET outcome = 'ALLOWED'", "DELETE FROM audit_event",
					"TRUNCATE audit_event", "DROP TABLE audit_event", "ALTER TABLE audit_event DISABLE TRIGGER ALL")) {
				assertThatThrownBy(() -> statement.execute(sql)).as(sql)
					.isInstanceOf(SQLException.class)
					.hasMessageMatching("(?s).*(permission denied|must be owner).*");
			}
			assertThat(statement.execute("SELECT count(*) FROM audit_event")).isTrue();
		}
		assertThat(this.jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'",
				String.class))
			.isEqualTo(DatabaseRoles.OWNER);
	}

	@Test
	void theAuditPageFiltersAndIsLimitedToTheSection() throws Exception {
		this.mvc.perform(get("/participants/" + this.participant).with(user(this.kari)));
		CurrentUser admin = this.staff.admin();
		this.mvc.perform(get("/audit").param("username", this.kari.getUsername()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.kari.fullName())))
			.andExpect(content().string(containsString("Leste deltakeropplysninger")));
		this.mvc.perform(get("/audit").param("participantId", String.valueOf(this.participant)).with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.kari.fullName())));
		CurrentUser otherLeader = this.staff.sectionLeader(this.staff.section());
		this.mvc.perform(get("/audit").param("participantId", String.valueOf(this.participant)).with(user(otherLeader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.kari.fullName() + " ("))));
		this.mvc.perform(get("/audit").param("from", "i går").param("to", "2020-01-01").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv en gyldig dato")));
		this.mvc.perform(get("/audit").with(user(this.kari))).andExpect(status().isForbidden());
	}

	private List<String> events() {
		return this.jdbc.queryForList("SELECT actor_username || ' ' || action || ' ' || record_type || ' ' || outcome "
				+ "FROM audit_event WHERE participant_id = ? ORDER BY id", String.class, this.participant);
	}

}
