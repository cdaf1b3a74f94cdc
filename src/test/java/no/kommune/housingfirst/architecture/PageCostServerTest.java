package no.kommune.housingfirst.architecture;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.QueryCounter;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the two busiest caseworker pages cost over real HTTP with a real session (issue
 * 14): the session read once and never written back, one read of the staff rights epoch
 * instead of the person's roles, teams and sections, and then at most 6 statements of the
 * page's own, the audit row included, with every notice provider's queries run as one
 * statement, whatever the number of providers. The notices are still there: a crisis
 * place going on and a participant without a bo-plan.
 */
@ServerTest
class PageCostServerTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser kari;

	long participant;

	Browserless browser;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.participant = this.participants.aParticipant()
			.named("Kim Kriseplass")
			.includedOn(TODAY.minusDays(40))
			.by(this.kari);
		this.participants.aParticipant().named("Anne Annen").includedOn(TODAY.minusDays(40)).by(this.kari);
		this.jdbc.update("""
				INSERT INTO crisis_stay (participant_id, kind, from_on, place, reason, submission_key, created_by)
				VALUES (?, 'CRISIS_PLACE', ?, 'Kriseplassen i sentrum', 'Brann i boligen', ?, ?)""", this.participant,
				TODAY.minusDays(3), UUID.randomUUID(), this.kari.id());
		this.browser = new Browserless(this.port);
		this.browser.login(this.kari.getUsername(), TestStaff.PASSWORD);
		// The first page after the login may store what the login left to store.
		assertThat(this.browser.get("/my-week").statusCode()).isEqualTo(200);
	}

	@Test
	void theParticipantPage() {
		String page = cost("/participants/" + this.participant, 6);
		assertThat(page)
			.contains("Kriseplass fra " + TODAY.minusDays(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
					+ " (Kriseplassen i sentrum): 3 døgn så langt")
			.contains("Ingen boplan ennå");
	}

	@Test
	void minUke() {
		String page = cost("/my-week", 5);
		assertThat(page).contains("Kim Kriseplass").contains("Anne Annen").contains("Kriseplassen i sentrum");
	}

	/**
	 * Fetches the page twice (the second as warm as real use) and checks the second's
	 * statements: the session, the epoch, then the page's own.
	 */
	private String cost(String path, int pageStatements) {
		assertThat(this.browser.get(path).statusCode()).isEqualTo(200);
		QueryCounter.reset();
		var response = this.browser.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> statements = QueryCounter.texts();
		assertThat(statements).as("statements").hasSizeLessThanOrEqualTo(2 + pageStatements);
		assertThat(statements.get(0)).as("the session, read once").contains("FROM SPRING_SESSION S");
		assertThat(statements.get(1)).as("the rights epoch").contains("staff_rights_epoch");
		List<String> own = statements.subList(2, statements.size());
		assertThat(own).as("no second session read, no session write")
			.noneMatch((sql) -> sql.contains("SPRING_SESSION"));
		assertThat(own).as("no reload of the person").noneMatch((sql) -> sql.contains("staff_member_role"));
		assertThat(own).as("one audit row").filteredOn((sql) -> sql.startsWith("INSERT INTO audit_event")).hasSize(1);
		assertThat(own).as("the notices in one statement").filteredOn((sql) -> sql.contains("json_agg(q)")).hasSize(1);
		return response.body();
	}

}
