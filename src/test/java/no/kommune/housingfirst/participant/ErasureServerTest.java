package no.kommune.housingfirst.participant;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ErasureFixture;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure on request over real HTTP: only the leader of the participant's section (other
 * roles 403, another section's leader 404), a ground of at least ten characters, never an
 * active participant, a confirm step before anything is erased, and a second submit
 * answered with "already erased". The dry run lists what the job would erase and changes
 * nothing.
 */
@ServerTest
class ErasureServerTest {

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	TestHousing housing;

	@Autowired
	ParticipantPathway pathway;

	@Autowired
	LoginThrottle throttle;

	JdbcTemplate owner;

	ErasureFixture fixture;

	CurrentUser caseworker;

	CurrentUser leader;

	CurrentUser otherLeader;

	long exited;

	long active;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
		this.fixture = new ErasureFixture(this.owner);
		long section = this.staff.section();
		long team = this.staff.team(section);
		this.caseworker = this.staff.caseworker(team);
		this.leader = this.staff.sectionLeader(section);
		this.otherLeader = this.staff.sectionLeader(this.staff.section());
		long unit = this.housing.unit(TestStaff.unique("Slettgata "), "Midtbyen", 8000);
		this.exited = this.participants.aParticipant()
			.named("Deltaker ASKMARK")
			.includedOn(LocalDate.of(2025, 1, 2))
			.by(this.caseworker);
		this.fixture.fill(this.exited, this.caseworker.id(), team, unit, "ASKMARK");
		// Exited last month: years before the retention job would erase them.
		this.pathway.exit(this.caseworker, this.exited,
				LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).minusMonths(1),
				ExitReason.DECLINED_FOLLOW_UP);
		this.active = this.participants.aParticipant().named("Aktiv Deltaker").by(this.caseworker);
	}

	@Test
	void onlyTheLeaderOfTheSectionAnyOtherRoleIsRefusedAnotherSectionIsNotFound() {
		String page = "/participants/" + this.exited + "/erase";
		Map<String, String> ground = Map.of("ground", "Deltakeren ba om sletting på telefon.", "step", "confirm");
		Map<String, CurrentUser> refused = new LinkedHashMap<>();
		refused.put("caseworker", this.caseworker);
		for (Role role : List.of(Role.NAV, Role.HOUSING_OFFICER, Role.CARETAKER, Role.ADMIN)) {
			refused.put(role.name(), this.staff.withRole(role));
		}
		for (Map.Entry<String, CurrentUser> who : refused.entrySet()) {
			Browserless browser = as(who.getValue());
			assertThat(browser.get(page).statusCode()).as(who.getKey()).isEqualTo(403);
			assertThat(browser.get("/erasure").statusCode()).as(who.getKey()).isEqualTo(403);
			browser.get("/");
			assertThat(browser.post(page, ground).statusCode()).as(who.getKey()).isEqualTo(403);
		}
		Browserless other = as(this.otherLeader);
		assertThat(other.get(page).statusCode()).isEqualTo(404);
		other.get("/erasure");
		assertThat(other.post(page, ground).statusCode()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM participant_erasure")).isZero();
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ERASE' AND outcome = 'DENIED'"))
			.isEqualTo(1);
		assertThat(this.fixture.textsWith(this.exited, "ASKMARK")).hasSize(ErasureFixture.ROWS.size() - 1);
	}

	@Test
	void theGroundIsRequiredAnActiveParticipantIsRefusedAndASecondSubmitIsAlreadyErased() {
		Browserless browser = as(this.leader);
		String page = "/participants/" + this.exited + "/erase";
		HttpResponse<String> view = browser.get(page);
		assertThat(view.statusCode()).isEqualTo(200);
		assertThat(view.body()).contains("Slett personopplysninger etter krav", "Notater fra oppfølgingsbesøk: 2");

		// Bad grounds: the message next to the field, nothing erased.
		assertThat(browser.post(page, Map.of("ground", "  ", "step", "confirm")).body()).contains("Må fylles ut.");
		assertThat(browser.post(page, Map.of("ground", "Ba om", "step", "confirm")).body())
			.contains("For kort: skriv minst 10 tegn.");
		assertThat(browser.post(page, Map.of("ground", "x".repeat(1001))).body())
			.contains("For langt: høyst 1000 tegn.");
		assertThat(count("SELECT count(*) FROM participant_erasure")).isZero();

		// An active participant: the note by the button, and a post is refused.
		String activePage = "/participants/" + this.active + "/erase";
		assertThat(browser.get(activePage).body()).contains("Avslutt oppfølgingen først");
		HttpResponse<String> activeRefused = browser.post(activePage,
				Map.of("ground", "Deltakeren ba om sletting.", "step", "confirm"));
		assertThat(activeRefused.statusCode()).isEqualTo(200);
		assertThat(activeRefused.body()).contains("kan ikke slettes");
		assertThat(count("SELECT count(*) FROM participant_erasure")).isZero();

		// The first post shows the confirm step and erases nothing.
		String why = "Deltakeren ba om sletting i brev 3. mars.";
		HttpResponse<String> review = browser.post(page, Map.of("ground", why));
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("Er du sikker?", why);
		// What goes, the person's own details first.
		assertThat(review.body().indexOf("Navn, fødselsdato og telefon")).isPositive()
			.isLessThan(review.body().indexOf("Notater fra oppfølgingsbesøk"));
		assertThat(this.fixture.textsWith(this.exited, "ASKMARK")).isNotEmpty();

		HttpResponse<String> confirmed = browser.post(page, Map.of("ground", why, "step", "confirm"));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(browser.get(page).body()).contains("Personopplysningene er slettet.",
				"Personopplysningene ble slettet");
		assertThat(this.fixture.textsWith(this.exited, "ASKMARK")).isEmpty();
		var erasure = this.owner.queryForMap(
				"SELECT kind, erased_by, ground FROM participant_erasure WHERE participant_id = ?", this.exited);
		assertThat(erasure).containsEntry("kind", "REQUEST")
			.containsEntry("erased_by", this.leader.id())
			.containsEntry("ground", why);
		assertThat(this.owner.queryForList(
				"SELECT actor_id FROM audit_event WHERE action = 'ERASE' AND outcome = 'ALLOWED' AND participant_id = ?",
				Long.class, this.exited))
			.containsExactly(this.leader.id());

		// The same form again (a double click, a retry): already erased, not an error.
		HttpResponse<String> again = browser.post(page, Map.of("ground", why, "step", "confirm"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(browser.get(page).body()).contains("Personopplysningene var allerede slettet.");
		assertThat(count("SELECT count(*) FROM participant_erasure")).isOne();
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ERASE'")).isOne();

		// An erased record cannot be followed up again: the caseworker is told to include
		// the person anew, and the record stays exited.
		Browserless caseworker = as(this.caseworker);
		caseworker.get("/participants/" + this.exited + "/reopen");
		HttpResponse<String> reopen = caseworker.post("/participants/" + this.exited + "/reopen",
				Map.of("on", LocalDate.now(no.kommune.housingfirst.shared.TimeConfiguration.OSLO).toString()));
		assertThat(reopen.statusCode()).isEqualTo(200);
		assertThat(reopen.body()).contains("Opplysningene om deltakeren er slettet");
		assertThat(this.owner.queryForObject("SELECT status FROM participant WHERE id = ?", String.class, this.exited))
			.isEqualTo("EXITED");

		// The record says it was erased, shows no birth date as a fact, and offers
		// nothing
		// more to do with it.
		String detail = browser.get("/participants/" + this.exited).body();
		assertThat(detail).contains("Personopplysningene er slettet", "P-" + this.exited)
			.doesNotContain("ASKMARK", "/participants/" + this.exited + "/erase\"",
					"/participants/" + this.exited + "/assign\"", "/participants/" + this.exited + "/restrict\"",
					"/participants/" + this.exited + "/reopen\"");
		assertThat(caseworker.get("/participants/" + this.exited).body()).contains("Personopplysningene er slettet")
			.doesNotContain("/participants/" + this.exited + "/edit\"");
	}

	@Test
	void theDryRunListsTheSectionsParticipantsDueAndChangesNothing() {
		// Exited four years ago: due now.
		this.owner.update("UPDATE participant SET exited_on = exited_on - INTERVAL '4 years' WHERE id = ?",
				this.exited);
		this.owner.update(
				"UPDATE participant SET included_on = exited_on - 30, active_since = exited_on - 30 " + "WHERE id = ?",
				this.exited);
		Browserless browser = as(this.leader);
		HttpResponse<String> page = browser.get("/erasure");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Deltaker ASKMARK", "Notater fra oppfølgingsbesøk", "1 deltaker")
			.doesNotContain("Aktiv Deltaker");
		assertThat(as(this.otherLeader).get("/erasure").body()).doesNotContain("ASKMARK")
			.contains("Ingen deltakere i seksjonen din skal slettes nå.");
		assertThat(count("SELECT count(*) FROM participant_erasure")).isZero();
		assertThat(this.fixture.textsWith(this.exited, "ASKMARK")).hasSize(ErasureFixture.ROWS.size() - 1);
	}

	private Browserless as(CurrentUser user) {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(user.getUsername(), TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

	private long count(String sql) {
		return this.owner.queryForObject(sql, Long.class);
	}

}
