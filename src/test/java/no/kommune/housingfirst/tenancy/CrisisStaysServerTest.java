package no.kommune.housingfirst.tenancy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.housing.HousingTenancies;
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
 * Crisis-place and temporary-housing stays over real HTTP with real commits: recorded
 * once per key, refused next to the field when the dates are wrong or overlap another
 * stay, corrected with the version the form was opened with (a stale form refused); a
 * current crisis place on the participant page and Min uke; days in temporary housing on
 * the section leader's dashboard; every read and change audited; each role kept to its
 * routes.
 */
@ServerTest
class CrisisStaysServerTest {

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
	HousingTenancies tenancies;

	@Autowired
	CrisisStays stays;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today;

	long section;

	long team;

	CurrentUser kari;

	long participant;

	String base;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.today = LocalDate.now(TimeConfiguration.OSLO);
		this.section = this.staff.section();
		this.team = this.staff.team(this.section);
		this.kari = this.staff.caseworker(this.team);
		this.participant = this.participants.aParticipant()
			.named("Ola Nordmann")
			.includedOn(this.today.minusDays(90))
			.by(this.kari);
		this.base = "/participants/" + this.participant + "/crisis-stays";
	}

	@Test
	void aStayIsRecordedOnceCorrectedAndShownWhereTheCaseworkerLooks() {
		Browserless caseworker = as(this.kari.getUsername());
		assertThat(caseworker.get(this.base).body()).contains("Ingen opphold registrert.");
		assertThat(caseworker.get(this.base + "/new").statusCode()).isEqualTo(200);
		Map<String, String> stay = new HashMap<>(Map.of("kind", "TEMPORARY_HOUSING", "fromOn",
				this.today.minusDays(40).toString(), "toOn", this.today.minusDays(41).toString(), "place",
				"Hospitsgata 4", "reason", "Måtte ut av hybelen", "submissionKey", UUID.randomUUID().toString()));
		// Moved out before the first night: refused next to the field, nothing saved.
		HttpResponse<String> refused = caseworker.post(this.base + "/new", stay);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"toOn-error\"").contains("Til-datoen må være etter fra-datoen.");
		assertThat(count()).isZero();

		stay.put("toOn", this.today.minusDays(30).toString());
		HttpResponse<String> first = caseworker.post(this.base + "/new", stay);
		HttpResponse<String> again = caseworker.post(this.base + "/new", stay);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(count()).isOne();
		long id = this.jdbc.queryForObject("SELECT id FROM crisis_stay", Long.class);

		// A crisis place overlapping the first stay is refused; after it, it is saved.
		caseworker.get(this.base + "/new");
		Map<String, String> crisis = new HashMap<>(Map.of("kind", "CRISIS_PLACE", "fromOn",
				this.today.minusDays(35).toString(), "toOn", "", "place", "Kriseplassen i Kirkegata", "reason",
				"Vannlekkasje <b>i</b> leiligheten", "submissionKey", UUID.randomUUID().toString()));
		assertThat(caseworker.post(this.base + "/new", crisis).body())
			.contains("Overlapper med et annet opphold (Hospitsgata 4).");
		crisis.put("fromOn", this.today.minusDays(6).toString());
		assertThat(caseworker.post(this.base + "/new", crisis).statusCode()).isEqualTo(302);
		assertThat(count()).isEqualTo(2);

		String list = caseworker.get(this.base).body();
		assertThat(list).contains("10 døgn")
			.contains("6 døgn så langt")
			.contains("2 opphold, 16 døgn i alt")
			.contains("Vannlekkasje &lt;b&gt;i&lt;/b&gt;");

		// Corrected: the first stay ended a day later. The same form again is stale.
		assertThat(caseworker.get(this.base + "/" + id).statusCode()).isEqualTo(200);
		Map<String, String> corrected = new HashMap<>(stay);
		corrected.remove("submissionKey");
		corrected.put("toOn", this.today.minusDays(29).toString());
		corrected.put("version", "0");
		assertThat(caseworker.post(this.base + "/" + id, corrected).statusCode()).isEqualTo(302);
		HttpResponse<String> stale = caseworker.post(this.base + "/" + id, corrected);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har endret oppholdet");
		assertThat(this.jdbc.queryForObject("SELECT to_on FROM crisis_stay WHERE id = ?", LocalDate.class, id))
			.isEqualTo(this.today.minusDays(29));
		assertThat(caseworker.get(this.base).body()).contains("11 døgn").contains("2 opphold, 17 døgn i alt");

		// The participant page and Min uke show the crisis place going on.
		String page = caseworker.get("/participants/" + this.participant).body();
		assertThat(page).contains("Kriseplass fra " + day(this.today.minusDays(6)) + " (Kriseplassen i Kirkegata)")
			.contains("2 opphold, 17 døgn i alt");
		assertThat(caseworker.get("/my-week").body()).contains("Kriseplass fra " + day(this.today.minusDays(6)));

		assertThat(audits("CREATE")).isEqualTo(2);
		assertThat(audits("UPDATE")).isOne();
		assertThat(audits("READ")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void daysInTemporaryHousingBeforeMovingInReachTheDashboard() {
		this.stays.record(this.kari, this.participant, UUID.randomUUID(),
				new CrisisStays.StayDetails(StayKind.TEMPORARY_HOUSING, this.today.minusDays(50),
						this.today.minusDays(20), "Hospitsgata 4", "Ventet på bolig"));
		long tenancy = this.housing.lease(this.kari, this.participant, this.today.minusDays(15));
		this.tenancies.moveIn(this.kari, this.participant, tenancy, 0, this.today.minusDays(10),
				this.today.minusDays(10));
		CurrentUser leader = this.staff.person(TestStaff.unique("leader"), Set.of(Role.SECTION_LEADER), Set.of(),
				Set.of(this.section));
		CrisisStays.TemporaryHousing figures = this.stays.temporaryHousing(leader, Set.of(this.team), null,
				this.today.minusDays(30), this.today);
		assertThat(figures).isEqualTo(new CrisisStays.TemporaryHousing(1, 1, 30, 30.0));
		// Another team's leader asks for the same team: nothing.
		assertThat(this.stays.temporaryHousing(this.staff.sectionLeader(this.staff.section()), Set.of(this.team), null,
				this.today.minusDays(30), this.today))
			.isEqualTo(new CrisisStays.TemporaryHousing(0, 0, 0, null));
		assertThat(as(leader.getUsername()).get("/dashboard").body())
			.contains("Døgn i kriseplass eller midlertidig bolig før innflytting")
			.contains("1 av 1 innflyttede, 30 døgn i alt (median 30)");
	}

	@Test
	void everyRoleKeepsToItsOwnRoutes() {
		long id = this.stays.record(this.kari, this.participant, UUID.randomUUID(), new CrisisStays.StayDetails(
				StayKind.CRISIS_PLACE, this.today.minusDays(3), null, "Kriseplassen", "Brann i bygården"));
		Map<String, String> form = Map.of("kind", "CRISIS_PLACE", "fromOn", this.today.toString(), "place", "X",
				"reason", "Y", "version", "0", "submissionKey", UUID.randomUUID().toString());

		Browserless sectionLeader = as(this.staff.sectionLeader(this.section).getUsername());
		assertThat(sectionLeader.get(this.base).statusCode()).isEqualTo(200);
		assertThat(sectionLeader.get(this.base).body()).contains("Kriseplassen").doesNotContain(this.base + "/new");
		assertThat(sectionLeader.get(this.base + "/new").statusCode()).isEqualTo(403);
		assertThat(sectionLeader.get(this.base + "/" + id).statusCode()).isEqualTo(403);
		assertThat(sectionLeader.post(this.base + "/" + id, form).statusCode()).isEqualTo(403);

		Browserless otherTeam = as(this.staff.caseworker(this.staff.team(this.staff.section())).getUsername());
		assertThat(otherTeam.get(this.base).statusCode()).isEqualTo(404);
		assertThat(otherTeam.get(this.base + "/new").statusCode()).isEqualTo(404);
		assertThat(otherTeam.get(this.base + "/" + id).statusCode()).isEqualTo(404);
		assertThat(otherTeam.post(this.base + "/new", form).statusCode()).isEqualTo(404);
		assertThat(otherTeam.post(this.base + "/" + id, form).statusCode()).isEqualTo(404);

		for (Role role : List.of(Role.NAV, Role.HOUSING_OFFICER, Role.CARETAKER)) {
			Browserless browser = as(this.staff.withRole(role).getUsername());
			assertThat(browser.get(this.base).statusCode()).as(role.name()).isEqualTo(403);
			assertThat(browser.get(this.base + "/" + id).statusCode()).as(role.name()).isEqualTo(403);
			assertThat(browser.post(this.base + "/new", form).statusCode()).as(role.name()).isEqualTo(403);
		}
		// A stay of another participant under this participant's address is not found.
		long other = this.participants.aParticipant().named("Kari Annen").by(this.kari);
		Browserless caseworker = as(this.kari.getUsername());
		assertThat(caseworker.get("/participants/" + other + "/crisis-stays/" + id).statusCode()).isEqualTo(404);
		assertThat(count()).isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE record_type = 'CRISIS_STAY' AND outcome = 'DENIED'",
				Long.class))
			.isGreaterThanOrEqualTo(1);
	}

	private static String day(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM crisis_stay", Long.class);
	}

	private long audits(String action) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_event WHERE record_type = 'CRISIS_STAY' AND action = ?
				AND outcome = 'ALLOWED' AND actor_id = ? AND participant_id = ?""", Long.class, action, this.kari.id(),
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
