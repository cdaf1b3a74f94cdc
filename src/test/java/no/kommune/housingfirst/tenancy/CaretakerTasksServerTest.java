package no.kommune.housingfirst.tenancy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caretaker tasks over real HTTP with real commits: a task given twice with the same key
 * is one task, bad input saves nothing, the caretaker sees it on their own list without
 * the participant's name and marks it done once (a double tap is not a second change, a
 * stale form is refused); every read and change audited; each role kept to its routes,
 * and the caretaker and the housing officer kept away from the follow-up.
 */
@ServerTest
class CaretakerTasksServerTest {

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
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today;

	long team;

	CurrentUser kari;

	CurrentUser caretaker;

	long participant;

	String base;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.today = LocalDate.now(TimeConfiguration.OSLO);
		this.team = this.staff.team(this.staff.section());
		this.kari = this.staff.caseworker(this.team);
		this.caretaker = this.staff.withRole(Role.CARETAKER);
		this.participant = this.participants.aParticipant().named("Ola Nordmann").by(this.kari);
		this.housing.lease(this.kari, this.participant, this.today.minusDays(10));
		this.base = "/participants/" + this.participant + "/caretaker-tasks";
	}

	@Test
	void aTaskIsGivenOnceAndMarkedDoneOnceByItsCaretaker() {
		Browserless caseworker = as(this.kari.getUsername());
		assertThat(caseworker.get(this.base).body()).contains("Ingen oppgaver registrert.");
		HttpResponse<String> form = caseworker.get(this.base + "/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Test " + this.caretaker.getUsername());

		// Bad input: what to do is missing; told next to the field, nothing saved.
		Map<String, String> task = new HashMap<>(
				Map.of("kind", "REPAIR", "whatToDo", "", "assignedTo", String.valueOf(this.caretaker.id()), "dueOn",
						this.today.plusDays(3).toString(), "submissionKey", UUID.randomUUID().toString()));
		HttpResponse<String> refused = caseworker.post(this.base + "/new", task);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"whatToDo-error\"").contains("Må fylles ut.");
		assertThat(count("SELECT count(*) FROM caretaker_task")).isZero();

		task.put("whatToDo", "Dørpumpa smeller igjen <script>alert(1)</script>");
		HttpResponse<String> first = caseworker.post(this.base + "/new", task);
		HttpResponse<String> again = caseworker.post(this.base + "/new", task);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(count("SELECT count(*) FROM caretaker_task")).isOne();
		long id = this.jdbc.queryForObject("SELECT id FROM caretaker_task", Long.class);
		assertThat(caseworker.get(this.base).body()).contains("Dørpumpa smeller igjen &lt;script&gt;")
			.contains("Frist");

		Browserless field = as(this.caretaker.getUsername());
		String list = field.get("/caretaker").body();
		assertThat(list).contains("Dørpumpa smeller igjen &lt;script&gt;")
			.contains("Valgtgata")
			.contains("Én åpen oppgave.")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("Ola Nordmann");
		assertThat(field.get("/caretaker/tasks/" + id).statusCode()).isEqualTo(200);

		// Done with a note; the same form again (a double tap) changes nothing.
		Map<String, String> done = Map.of("doneOn", this.today.toString(), "doneNote", "Byttet dørpumpe.", "version",
				"0");
		HttpResponse<String> marked = field.post("/caretaker/tasks/" + id, done);
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(field.post("/caretaker/tasks/" + id, done).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForMap("SELECT done_on, done_by, done_note, version FROM caretaker_task"))
			.containsEntry("done_by", this.caretaker.id())
			.containsEntry("done_note", "Byttet dørpumpe.")
			.containsEntry("version", 1);
		// A form opened before the task was done, with another date: refused as stale.
		HttpResponse<String> stale = field.post("/caretaker/tasks/" + id,
				Map.of("doneOn", this.today.minusDays(1).toString(), "doneNote", "", "version", "0"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har endret oppgaven");
		assertThat(field.get("/caretaker").body()).contains("Ingen åpne oppgaver.").contains("Byttet dørpumpe.");
		assertThat(caseworker.get(this.base).body()).contains("Utført").contains("Byttet dørpumpe.");

		// Done more than 30 days ago: off the caretaker's list (it shows an address),
		// still
		// on the participant's Bolig tab.
		this.jdbc.update("UPDATE caretaker_task SET done_on = ? WHERE id = ?",
				java.sql.Date.valueOf(this.today.minusDays(CaretakerTasks.DONE_SHOWN_DAYS + 1)), id);
		assertThat(field.get("/caretaker").body()).doesNotContain("Byttet dørpumpe.").doesNotContain("Valgtgata");
		assertThat(field.get("/caretaker/tasks/" + id).statusCode()).isEqualTo(404);
		assertThat(caseworker.get(this.base).body()).contains("Byttet dørpumpe.");

		assertThat(audits("CREATE", this.kari)).isOne();
		assertThat(audits("UPDATE", this.caretaker)).isOne();
		assertThat(audits("READ", this.caretaker)).isGreaterThanOrEqualTo(3);
		assertThat(audits("READ", this.kari)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theCaretakerAndTheHousingOfficerSeeNoFollowUp() {
		CurrentUser officer = this.staff.withRole(Role.HOUSING_OFFICER);
		Browserless caseworker = as(this.kari.getUsername());
		caseworker.get(this.base + "/new");
		for (CurrentUser doer : List.of(this.caretaker, officer)) {
			assertThat(
					caseworker
						.post(this.base + "/new",
								Map.of("kind", "TEACHING", "whatToDo", "Vise hvordan viftefilteret vaskes.",
										"assignedTo", String.valueOf(doer.id()), "dueOn", this.today.toString(),
										"submissionKey", UUID.randomUUID().toString()))
						.statusCode())
				.isEqualTo(302);
		}
		String p = "/participants/" + this.participant;
		for (CurrentUser doer : List.of(this.caretaker, officer)) {
			Browserless browser = as(doer.getUsername());
			assertThat(browser.get("/caretaker").body()).contains("Vise hvordan viftefilteret vaskes.")
				.doesNotContain("Ola Nordmann");
			for (String page : List.of(p, p + "/visits", p + "/bo-plan", p + "/fit", p + "/tenancy-events",
					p + "/caretaker-tasks", p + "/caretaker-tasks/new", p + "/crisis-stays", "/my-week",
					"/participants")) {
				assertThat(browser.get(page).statusCode()).as(doer.getUsername() + " " + page).isEqualTo(403);
			}
			assertThat(browser.get(p + "/crisis-stays/new").statusCode()).isEqualTo(403);
			assertThat(
					browser
						.post(this.base + "/new",
								Map.of("kind", "OTHER", "whatToDo", "x", "assignedTo", String.valueOf(doer.id()),
										"dueOn", this.today.toString()))
						.statusCode())
				.isEqualTo(403);
		}
		// The caretaker's home page offers their list and nothing of the follow-up.
		String home = as(this.caretaker.getUsername()).get("/").body();
		assertThat(home).contains("href=\"/caretaker\"")
			.doesNotContain("href=\"/my-week\"")
			.doesNotContain("href=\"/participants\"");
	}

	@Test
	void everyRoleKeepsToItsOwnRoutesAndOthersTasksAreNotFound() {
		caseworkerGives(this.caretaker);
		long id = this.jdbc.queryForObject("SELECT id FROM caretaker_task", Long.class);

		CurrentUser leader = this.staff.person(TestStaff.unique("leader"), Set.of(Role.SECTION_LEADER), Set.of(),
				Set.of(this.jdbc.queryForObject("SELECT section_id FROM team WHERE id = ?", Long.class, this.team)));
		Browserless sectionLeader = as(leader.getUsername());
		assertThat(sectionLeader.get(this.base).statusCode()).isEqualTo(200);
		assertThat(sectionLeader.get(this.base + "/new").statusCode()).isEqualTo(403);
		assertThat(sectionLeader.get("/caretaker").statusCode()).isEqualTo(403);
		assertThat(sectionLeader.get("/caretaker/tasks/" + id).statusCode()).isEqualTo(403);

		Browserless otherTeam = as(this.staff.caseworker(this.staff.team(this.staff.section())).getUsername());
		assertThat(otherTeam.get(this.base).statusCode()).isEqualTo(404);
		assertThat(otherTeam.get(this.base + "/new").statusCode()).isEqualTo(404);
		assertThat(otherTeam
			.post(this.base + "/new",
					Map.of("kind", "REPAIR", "whatToDo", "Noe", "assignedTo", String.valueOf(this.caretaker.id()),
							"dueOn", this.today.toString()))
			.statusCode()).isEqualTo(404);
		assertThat(otherTeam.get("/caretaker").statusCode()).isEqualTo(403);

		Browserless nav = as(this.staff.withRole(Role.NAV).getUsername());
		assertThat(nav.get(this.base).statusCode()).isEqualTo(403);
		assertThat(nav.get("/caretaker").statusCode()).isEqualTo(403);
		assertThat(nav.post("/caretaker/tasks/" + id, Map.of("doneOn", this.today.toString(), "version", "0"))
			.statusCode()).isEqualTo(403);

		Browserless caseworker = as(this.kari.getUsername());
		assertThat(caseworker.get("/caretaker").statusCode()).isEqualTo(403);
		assertThat(caseworker.post("/caretaker/tasks/" + id, Map.of("doneOn", this.today.toString(), "version", "0"))
			.statusCode()).isEqualTo(403);

		// Another caretaker, and a housing officer the task is not given to: not found,
		// and the refusal audited.
		for (CurrentUser someoneElse : List.of(this.staff.withRole(Role.CARETAKER),
				this.staff.withRole(Role.HOUSING_OFFICER))) {
			Browserless browser = as(someoneElse.getUsername());
			assertThat(browser.get("/caretaker").statusCode()).isEqualTo(200);
			assertThat(browser.get("/caretaker").body()).contains("Du har ingen oppgaver.");
			assertThat(browser.get("/caretaker/tasks/" + id).statusCode()).isEqualTo(404);
			assertThat(browser
				.post("/caretaker/tasks/" + id, Map.of("doneOn", this.today.toString(), "doneNote", "", "version", "0"))
				.statusCode()).isEqualTo(404);
			assertThat(this.jdbc.queryForObject("""
					SELECT count(*) FROM audit_event WHERE record_type = 'CARETAKER_TASK' AND outcome = 'DENIED'
					AND actor_id = ?""", Long.class, someoneElse.id())).isEqualTo(2);
		}
		assertThat(count("SELECT count(*) FROM caretaker_task WHERE done_on IS NULL")).isOne();
		assertThat(as(this.caretaker.getUsername()).get("/caretaker/tasks/999999").statusCode()).isEqualTo(404);
	}

	private void caseworkerGives(CurrentUser to) {
		Browserless caseworker = as(this.kari.getUsername());
		caseworker.get(this.base + "/new");
		assertThat(caseworker.post(this.base + "/new",
				Map.of("kind", "PREPARE_MOVE_IN", "whatToDo", "Sjekke røykvarsleren.", "assignedTo",
						String.valueOf(to.id()), "dueOn", this.today.toString(), "submissionKey",
						UUID.randomUUID().toString()))
			.statusCode()).isEqualTo(302);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private long audits(String action, CurrentUser actor) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_event WHERE record_type = 'CARETAKER_TASK' AND action = ?
				AND outcome = 'ALLOWED' AND actor_id = ? AND participant_id = ?""", Long.class, action, actor.id(),
				this.participant);
	}

	private Browserless as(String username) {
		Browserless browser = new Browserless(this.port);
		HttpResponse<String> login = browser.login(username, TestStaff.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		// The home page's form gives the session's CSRF token for posts made without
		// opening a form first.
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		return browser;
	}

}
