package no.kommune.housingfirst.shared.security;

import java.time.LocalDate;

import no.kommune.housingfirst.shared.TimeConfiguration;
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
 * The signed-in person is reloaded only when the staff rights epoch has moved (V036), and
 * every change a person's rights are made of moves it: over real HTTP with real commits,
 * an open session gets a changed role, a team moved into the leader's section, a new duty
 * to change the password and a deactivation on its very next request, while an ordinary
 * request reads one row instead of the person's roles, teams and sections, and a login
 * (last login, failed logins, lock) moves nothing.
 */
@ServerTest
class RightsEpochServerTest {

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

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
	}

	@Test
	void anOrdinaryRequestReadsTheEpochAndNotThePerson() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		Browserless browser = new Browserless(this.port);
		browser.login(kari.getUsername(), TestStaff.PASSWORD);
		assertThat(browser.get("/my-week").statusCode()).isEqualTo(200);
		QueryCounter.reset();
		assertThat(browser.get("/my-week").statusCode()).isEqualTo(200);
		assertThat(QueryCounter.texts()).filteredOn((sql) -> sql.contains("staff_rights_epoch")).hasSize(1);
		assertThat(QueryCounter.texts()).noneMatch((sql) -> sql.contains("from staff_member "));
	}

	@Test
	void aChangedRoleAppliesToTheNextRequest() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		Browserless browser = loggedIn(kari);
		assertThat(browser.get("/my-week").statusCode()).isEqualTo(200);
		assertThat(browser.get("/nav/first-rent").statusCode()).isEqualTo(403);
		long before = epoch();
		this.jdbc.update("UPDATE staff_member_role SET role = 'NAV' WHERE staff_member_id = ?", kari.id());
		assertThat(epoch()).isGreaterThan(before);
		assertThat(browser.get("/nav/first-rent").statusCode()).isEqualTo(200);
		assertThat(browser.get("/my-week").statusCode()).isEqualTo(403);
	}

	@Test
	void aTeamMovedIntoTheLeadersSectionIsTheirsAtOnce() {
		long mine = this.staff.section();
		long other = this.staff.section();
		long team = this.staff.team(other);
		CurrentUser kari = this.staff.caseworker(team);
		long participant = this.participants.aParticipant().includedOn(TODAY.minusDays(10)).by(kari);
		CurrentUser leader = this.staff.sectionLeader(mine);
		Browserless browser = loggedIn(leader);
		assertThat(browser.get("/participants/" + participant).statusCode()).isEqualTo(404);
		this.jdbc.update("UPDATE team SET name = name || ' (nytt navn)' WHERE id = ?", team);
		long renamed = epoch();
		this.jdbc.update("UPDATE team SET section_id = ? WHERE id = ?", mine, team);
		assertThat(epoch()).isGreaterThan(renamed);
		assertThat(browser.get("/participants/" + participant).statusCode()).isEqualTo(200);
		// And a team of its own added later is too, as a membership removed is gone.
		this.jdbc.update("DELETE FROM staff_member_section WHERE staff_member_id = ?", leader.id());
		assertThat(browser.get("/participants/" + participant).statusCode()).isEqualTo(404);
	}

	@Test
	void aDeactivationEndsTheOpenSessionAtTheNextRequest() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		Browserless browser = loggedIn(kari);
		assertThat(browser.get("/my-week").statusCode()).isEqualTo(200);
		this.jdbc.update("UPDATE staff_member SET active = FALSE WHERE id = ?", kari.id());
		var response = browser.get("/my-week");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> l.endsWith("/login?expired"));
	}

	@Test
	void aDutyToChangeThePasswordBitesAtOnce() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		Browserless browser = loggedIn(kari);
		assertThat(browser.get("/my-week").statusCode()).isEqualTo(200);
		this.jdbc.update("UPDATE staff_member SET password_change_required = TRUE WHERE id = ?", kari.id());
		assertThat(browser.get("/my-week").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> l.endsWith("/account/password"));
	}

	@Test
	void loginsAndLocksDoNotMoveTheEpochButEveryRightsChangeDoes() {
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser kari = this.staff.caseworker(team);
		long start = epoch();
		this.jdbc.update("UPDATE staff_member SET last_login_at = now(), failed_logins = 3, "
				+ "locked_until = now() + interval '5 minutes' WHERE id = ?", kari.id());
		this.jdbc.update("UPDATE team SET name = 'Nytt navn' WHERE id = ?", team);
		this.jdbc.update("UPDATE section SET name = 'Ny seksjon' WHERE id = ?", section);
		assertThat(epoch()).isEqualTo(start);
		String[] changes = { "UPDATE staff_member SET full_name = 'Kari Ny' WHERE id = " + kari.id(),
				"UPDATE staff_member SET username = 'kari-ny' WHERE id = " + kari.id(),
				"INSERT INTO staff_member_role (staff_member_id, role) VALUES (" + kari.id() + ", 'NAV')",
				"DELETE FROM staff_member_role WHERE role = 'NAV' AND staff_member_id = " + kari.id(),
				"INSERT INTO staff_member_section (staff_member_id, section_id) VALUES (" + kari.id() + ", " + section
						+ ")",
				"DELETE FROM staff_member_team WHERE staff_member_id = " + kari.id(),
				"INSERT INTO team (section_id, name) VALUES (" + section + ", 'Enda et team')",
				"DELETE FROM team WHERE name = 'Enda et team'" };
		for (String change : changes) {
			long before = epoch();
			this.jdbc.update(change);
			assertThat(epoch()).as(change).isEqualTo(before + 1);
		}
	}

	@Test
	void theApplicationCannotMoveTheEpochItself() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update("UPDATE staff_rights_epoch SET epoch = 1"))
			.rootCause()
			.hasMessageContaining("permission denied for table staff_rights_epoch");
	}

	private long epoch() {
		return this.jdbc.queryForObject("SELECT epoch FROM staff_rights_epoch", Long.class);
	}

	private Browserless loggedIn(CurrentUser user) {
		Browserless browser = new Browserless(this.port);
		browser.login(user.getUsername(), TestStaff.PASSWORD);
		return browser;
	}

}
