package no.kommune.housingfirst.tenancy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Tenancy events over real HTTP with real commits: a complaint recorded (twice with the
 * same key: one row), answered and corrected with its history; a stale form refused; the
 * housing service sees the complaint on its unit without the answer and reaches no
 * participant page; roles kept to their routes; NAV's queue shows only name, birth date,
 * unit and amount, and two NAV officers confirming at once give exactly one confirmation.
 */
@ServerTest
class TenancyEventsServerTest {

	private static final Pattern EVENT_ID = Pattern.compile("/tenancy-events/(\\d+)$");

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

	long participant;

	long tenancy;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.today = LocalDate.now(TimeConfiguration.OSLO);
		this.team = this.staff.team(this.staff.section());
		this.kari = this.staff.caseworker(this.team);
		this.participant = this.participants.aParticipant().named("Ola Nordmann").by(this.kari);
		this.tenancy = this.housing.lease(this.kari, this.participant, this.today.minusDays(10));
	}

	@Test
	void aComplaintIsRecordedOnceAnsweredAndCorrectedWithItsHistory() {
		Browserless browser = as(this.kari.getUsername());
		String base = "/participants/" + this.participant + "/tenancy-events";
		assertThat(browser.get(base).statusCode()).isEqualTo(200);
		HttpResponse<String> form = browser.get(base + "/new");
		assertThat(form.statusCode()).isEqualTo(200);
		String key = java.util.UUID.randomUUID().toString();
		LocalDate received = this.today.minusDays(2);
		Map<String, String> complaint = Map.of("kind", "COMPLAINT", "occurredOn", received.toString(), "source",
				"NEIGHBOUR", "whatHappened", "Høy musikk natt til søndag <script>alert(1)</script>", "submissionKey",
				key);
		HttpResponse<String> first = browser.post(base + "/new", complaint);
		assertThat(first.statusCode()).isEqualTo(302);
		HttpResponse<String> again = browser.post(base + "/new", complaint);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM tenancy_event", Long.class)).isOne();
		Matcher id = EVENT_ID.matcher(first.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		long event = Long.parseLong(id.group(1));
		// The default deadline: five working days after it was received.
		assertThat(
				this.jdbc.queryForObject("SELECT respond_by FROM tenancy_event WHERE id = ?", LocalDate.class, event))
			.isEqualTo(ResponseDeadline.respondBy(received, 5));

		HttpResponse<String> page = browser.get(base + "/" + event);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		Map<String, String> answer = new HashMap<>(
				Map.of("kind", "COMPLAINT", "occurredOn", received.toString(), "source", "NEIGHBOUR", "whatHappened",
						"Høy musikk natt til søndag", "answeredBy", String.valueOf(this.kari.id()), "answer",
						"Snakket med naboen og deltakeren.", "answeredOn", this.today.toString(), "version", "0"));
		assertThat(browser.post(base + "/" + event, answer).statusCode()).isEqualTo(302);
		// The same form again, with the version it was opened with: someone saved
		// meanwhile.
		HttpResponse<String> stale = browser.post(base + "/" + event, answer);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har endret hendelsen");
		// Bad input: an answer without its date is refused next to the field, nothing
		// saved.
		Map<String, String> noDate = new HashMap<>(answer);
		noDate.put("version", "1");
		noDate.put("answeredOn", "");
		HttpResponse<String> refused = browser.post(base + "/" + event, noDate);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Fyll ut både svaret og datoen");

		Map<String, String> corrected = new HashMap<>(answer);
		corrected.put("version", "1");
		corrected.put("source", "HOUSING_BOARD");
		assertThat(browser.post(base + "/" + event, corrected).statusCode()).isEqualTo(302);
		List<Map<String, Object>> history = this.jdbc.queryForList(
				"SELECT field, old_value, new_value, changed_by FROM tenancy_event_change WHERE event_id = ? ORDER BY id",
				event);
		assertThat(history).extracting((row) -> row.get("field"))
			.containsExactly("whatHappened", "answeredBy", "answer", "answeredOn", "source");
		assertThat(history.get(4)).containsEntry("old_value", "NEIGHBOUR")
			.containsEntry("new_value", "HOUSING_BOARD")
			.containsEntry("changed_by", this.kari.id());
		String shown = browser.get(base + "/" + event).body();
		assertThat(shown).contains("Nabo → Styret i borettslaget").contains("Snakket med naboen");
		assertThat(browser.get(base).body()).contains("i tide");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE record_type = 'TENANCY_EVENT' AND action = 'UPDATE'",
				Long.class))
			.isEqualTo(2);
	}

	@Test
	void theHousingServiceSeesComplaintsOnItsUnitWithoutTheFollowUp() {
		long unit = this.jdbc.queryForObject("SELECT unit_id FROM tenancy WHERE id = ?", Long.class, this.tenancy);
		CurrentUser officer = this.staff.withRole(Role.HOUSING_OFFICER);
		Browserless housingService = as(officer.getUsername());
		assertThat(housingService.get("/housing-units/" + unit + "/events").statusCode()).isEqualTo(200);
		HttpResponse<String> recorded = housingService.post("/housing-units/" + unit + "/events",
				Map.of("kind", "COMPLAINT", "occurredOn", this.today.toString(), "source", "HOUSING_BOARD",
						"whatHappened", "Styret klager på søppel i oppgangen.", "submissionKey",
						java.util.UUID.randomUUID().toString()));
		assertThat(recorded.statusCode()).isEqualTo(302);
		long event = this.jdbc.queryForObject("SELECT id FROM tenancy_event", Long.class);
		// The caseworker answers; the answer is the team's follow-up.
		Browserless caseworker = as(this.kari.getUsername());
		String base = "/participants/" + this.participant + "/tenancy-events";
		caseworker.get(base + "/" + event);
		assertThat(caseworker.post(base + "/" + event,
				Map.of("kind", "COMPLAINT", "occurredOn", this.today.toString(), "source", "HOUSING_BOARD",
						"whatHappened", "Styret klager på søppel i oppgangen.", "answer",
						"Deltakeren har fått hjelp med rusavhengighet og avfallet.", "answeredOn",
						this.today.toString(), "version", "0"))
			.statusCode()).isEqualTo(302);

		String unitPage = housingService.get("/housing-units/" + unit + "/events").body();
		assertThat(unitPage).contains("Styret klager på søppel")
			.doesNotContain("rusavhengighet")
			.doesNotContain("Ola Nordmann");
		assertThat(housingService.get(base).statusCode()).isEqualTo(403);
		assertThat(housingService.get(base + "/" + event).statusCode()).isEqualTo(403);
		// Rent arrears are not the housing service's to record.
		assertThat(housingService
			.post("/housing-units/" + unit + "/events",
					Map.of("kind", "RENT_ARREARS", "occurredOn", this.today.toString(), "source", "LANDLORD",
							"whatHappened", "Restanse", "submissionKey", java.util.UUID.randomUUID().toString()))
			.body()).contains("Ugyldig verdi");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM tenancy_event", Long.class)).isOne();
	}

	@Test
	void everyRoleKeepsToItsOwnRoutes() {
		String base = "/participants/" + this.participant + "/tenancy-events";
		CurrentUser leader = this.staff.person(TestStaff.unique("leader"), Set.of(Role.SECTION_LEADER), Set.of(),
				Set.of(this.jdbc.queryForObject("SELECT section_id FROM team WHERE id = ?", Long.class, this.team)));
		Browserless sectionLeader = as(leader.getUsername());
		assertThat(sectionLeader.get(base).statusCode()).isEqualTo(200);
		assertThat(sectionLeader.get(base + "/new").statusCode()).isEqualTo(403);
		assertThat(sectionLeader.get("/nav/rent-deductions").statusCode()).isEqualTo(403);

		CurrentUser stranger = this.staff.caseworker(this.staff.team(this.staff.section()));
		Browserless otherTeam = as(stranger.getUsername());
		assertThat(otherTeam.get(base).statusCode()).isEqualTo(404);
		assertThat(otherTeam.get(base + "/new").statusCode()).isEqualTo(404);

		Browserless nav = as(this.staff.withRole(Role.NAV).getUsername());
		assertThat(nav.get(base).statusCode()).isEqualTo(403);
		assertThat(nav.get("/nav/rent-deductions").statusCode()).isEqualTo(200);

		Browserless caseworker = as(this.kari.getUsername());
		assertThat(caseworker.get("/nav/rent-deductions").statusCode()).isEqualTo(403);
		long unit = this.jdbc.queryForObject("SELECT unit_id FROM tenancy WHERE id = ?", Long.class, this.tenancy);
		assertThat(caseworker.get("/housing-units/" + unit + "/events").statusCode()).isEqualTo(403);
	}

	@Test
	void navSeesOnlyWhatItNeedsAndConfirmsExactlyOnceUnderTwoConcurrentConfirmations() throws Exception {
		Browserless caseworker = as(this.kari.getUsername());
		String base = "/participants/" + this.participant + "/tenancy-events";
		caseworker.get(base + "/new");
		assertThat(caseworker.post(base + "/new",
				Map.of("kind", "RENT_ARREARS", "occurredOn", this.today.toString(), "source", "LANDLORD",
						"whatHappened", "Husleien for to måneder er ikke betalt.", "arrears", "17 000,50",
						"arrearsMonths", "2", "deductionFailed", "true", "submissionKey",
						java.util.UUID.randomUUID().toString()))
			.statusCode()).isEqualTo(302);
		long event = this.jdbc.queryForObject("SELECT id FROM tenancy_event", Long.class);
		assertThat(this.jdbc.queryForObject("SELECT arrears_ore FROM tenancy_event", Long.class)).isEqualTo(1_700_050L);

		this.staff.person("nav1", Set.of(Role.NAV), Set.of(), Set.of());
		this.staff.person("nav2", Set.of(Role.NAV), Set.of(), Set.of());
		Browserless first = as("nav1");
		Browserless second = as("nav2");
		String queue = first.get("/nav/rent-deductions").body();
		second.get("/nav/rent-deductions");
		assertThat(queue).contains("Ola Nordmann").contains("17.05.1980").contains("17 000,50");
		assertThat(queue).contains("Valgtgata").doesNotContain("Husleien for to måneder").doesNotContain("2 måneder");

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
		for (Browserless officer : List.of(first, second)) {
			posts.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return officer.post("/nav/rent-deductions/" + event + "/restored", Map.of());
			}));
		}
		start.countDown();
		for (CompletableFuture<HttpResponse<String>> post : posts) {
			assertThat(post.get().statusCode()).isEqualTo(302);
		}
		String firstSays = first.get("/nav/rent-deductions").body();
		String secondSays = second.get("/nav/rent-deductions").body();
		List<String> answers = List.of(firstSays, secondSays);
		assertThat(answers).filteredOn((body) -> body.contains("Bekreftet: husleietrekket er satt opp igjen"))
			.hasSize(1);
		assertThat(answers).filteredOn((body) -> body.contains("allerede bekreftet av en annen")).hasSize(1);
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM tenancy_event WHERE deduction_restored_at IS NOT NULL", Long.class))
			.isOne();
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM tenancy_event_change WHERE field = 'deductionRestored'", Long.class))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE record_type = 'RENT_DEDUCTION' AND action = 'UPDATE'",
				Long.class))
			.isOne();
		assertThat(first.get("/nav/rent-deductions").body()).contains("Ingen husleietrekk venter");
	}

	private Browserless as(String username) {
		Browserless browser = new Browserless(this.port);
		HttpResponse<String> login = browser.login(username, TestStaff.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		return browser;
	}

}
