package no.kommune.housingfirst.participant;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kommune.housingfirst.boplan.BoPlanMeasures;
import no.kommune.housingfirst.firstrent.FirstRentQueue;
import no.kommune.housingfirst.housing.HousingWorklists;
import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import no.kommune.housingfirst.tenancy.CaretakerTaskKind;
import no.kommune.housingfirst.tenancy.CaretakerTasks;
import no.kommune.housingfirst.tenancy.TenancyMeasures;
import no.kommune.housingfirst.tenancy.UnitEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restriction of processing (GDPR art. 18) over real HTTP: a caseworker of the team
 * restricts on the participant's request, the record disappears for everyone but the
 * section leader, who alone lifts the restriction; each form exactly once, bad input
 * saves nothing, every step audited.
 */
@ServerTest
class RestrictionServerTest {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"");

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
	ParticipantDirectory directory;

	@Autowired
	ParticipantMeasures measures;

	@Autowired
	FirstRentQueue firstRent;

	@Autowired
	HousingWorklists worklists;

	@Autowired
	CaretakerTasks caretakerTasks;

	@Autowired
	BoPlanMeasures boPlanMeasures;

	@Autowired
	TenancyMeasures tenancyMeasures;

	@Autowired
	UnitEvents unitEvents;

	CurrentUser anne;

	CurrentUser leader;

	long teamA;

	long participant;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		long section = this.staff.section();
		this.teamA = this.staff.team(section);
		long teamB = this.staff.team(section);
		long otherSection = this.staff.section();
		this.anne = this.staff.person("anne", Set.of(Role.CASEWORKER), Set.of(this.teamA), Set.of());
		this.staff.person("bjorn", Set.of(Role.CASEWORKER), Set.of(teamB), Set.of());
		this.leader = this.staff.person("lise", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.staff.person("otto", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(otherSection));
		this.staff.person("nina", Set.of(Role.NAV), Set.of(), Set.of());
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
		this.staff.person("vakt", Set.of(Role.CARETAKER), Set.of(), Set.of());
		this.staff.person("admin", Set.of(Role.ADMIN), Set.of(), Set.of());
		this.participant = this.participants.aParticipant().named("Rita Begrenset").by(this.anne);
	}

	@Test
	void caseworkerRestrictsOnceLeaderLiftsAndTheRecordIsBack() {
		Browserless anne = login("anne");
		HttpResponse<String> form = anne.get("/participants/" + this.participant + "/restrict");
		assertThat(form.statusCode()).isEqualTo(200);
		String version = find(VERSION, form.body());
		String key = find(KEY, form.body());

		HttpResponse<String> restricted = anne.post("/participants/" + this.participant + "/restrict", Map.of("text",
				"Deltakeren bestrider at opplysningene er riktige.", "version", version, "submissionKey", key));
		assertThat(restricted.statusCode()).isEqualTo(302);
		assertThat(restricted.headers().firstValue("Location").orElseThrow()).endsWith("/participants");
		assertThat(anne.get("/participants").body()).contains("Behandlingen er nå begrenset")
			.doesNotContain("Rita Begrenset");
		assertThat(periods()).isOne();
		assertThat(flag()).isTrue();

		// The same form again (a double click, a resend): the same answer, one period.
		HttpResponse<String> again = anne.post("/participants/" + this.participant + "/restrict", Map.of("text",
				"Deltakeren bestrider at opplysningene er riktige.", "version", version, "submissionKey", key));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/participants");
		assertThat(anne.get("/participants").body()).contains("Behandlingen er nå begrenset");
		assertThat(periods()).isOne();

		// A new form for a record restricted already: said plainly, nothing saved.
		HttpResponse<String> second = anne.post("/participants/" + this.participant + "/restrict",
				Map.of("text", "En gang til.", "version", version, "submissionKey", UUID.randomUUID().toString()));
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(anne.get("/participants").body()).contains("allerede begrenset");
		assertThat(periods()).isOne();

		// Gone for the caseworker: the page and its sub-pages are a 404.
		for (String page : new String[] { "", "/visits", "/bo-plan", "/fit", "/housing", "/tenancy-events",
				"/access-log", "/restrict", "/survey", "/crisis-stays", "/caretaker-tasks", "/edit", "/exit", "/export",
				"/export.json", "/visits/new", "/fit/new", "/bo-plan/revise", "/housing/wishes" }) {
			assertThat(anne.get("/participants/" + this.participant + page).statusCode()).as(page).isEqualTo(404);
		}

		// The section leader sees it, with the banner and in the list of restricted.
		Browserless lise = login("lise");
		HttpResponse<String> detail = lise.get("/participants/" + this.participant);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("Begrenset behandling")
			.contains("Deltakeren bestrider at opplysningene er riktige.");
		assertThat(lise.get("/participants").body()).contains("Rita Begrenset").contains("Begrenset behandling");
		assertThat(lise.get("/participants/restricted").body()).contains("Rita Begrenset");
		// Reads during the restriction are marked in the access extract.
		assertThat(lise.get("/participants/" + this.participant + "/access-log").body()).contains("Under begrensning");

		HttpResponse<String> liftForm = lise.get("/participants/" + this.participant + "/lift-restriction");
		assertThat(liftForm.statusCode()).isEqualTo(200);
		String liftVersion = find(VERSION, liftForm.body());
		String liftKey = find(KEY, liftForm.body());
		// An empty reason saves nothing and says so next to the field.
		HttpResponse<String> empty = lise.post("/participants/" + this.participant + "/lift-restriction",
				Map.of("text", "  ", "version", liftVersion, "submissionKey", liftKey));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("text-error").contains("Må fylles ut.");
		assertThat(flag()).isTrue();

		Map<String, String> lift = Map.of("text", "Opplysningene er rettet.", "version", liftVersion, "submissionKey",
				liftKey);
		HttpResponse<String> lifted = lise.post("/participants/" + this.participant + "/lift-restriction", lift);
		assertThat(lifted.statusCode()).isEqualTo(302);
		assertThat(lifted.headers().firstValue("Location").orElseThrow()).endsWith("/participants/" + this.participant);
		// Sent twice: lifted once, no error.
		assertThat(lise.post("/participants/" + this.participant + "/lift-restriction", lift).statusCode())
			.isEqualTo(302);
		assertThat(flag()).isFalse();
		assertThat(owner().queryForObject(
				"SELECT count(*) FROM participant_restriction WHERE participant_id = ? AND lifted_at IS NOT NULL "
						+ "AND lift_reason = 'Opplysningene er rettet.'",
				Long.class, this.participant))
			.isOne();
		assertThat(lise.get("/participants/" + this.participant).body()).contains("Opphevet")
			.contains("Opplysningene er rettet.");

		// Back for the caseworker.
		assertThat(anne.get("/participants/" + this.participant).statusCode()).isEqualTo(200);
		assertThat(anne.get("/participants").body()).contains("Rita Begrenset");

		// Audited as changes, with the refused second restriction.
		assertThat(audit("RESTRICT", "ALLOWED")).isOne();
		assertThat(audit("LIFT_RESTRICTION", "ALLOWED")).isOne();
		assertThat(owner().queryForObject(
				"SELECT count(*) FROM audit_event WHERE participant_id = ? AND actor_username = 'lise' AND action = 'READ'",
				Long.class, this.participant))
			.isPositive();
	}

	@Test
	void whoMayRestrictAndWhoMayLift() {
		String path = "/participants/" + this.participant;
		// Refused by role: NAV, the housing service, the caretaker, the administrator.
		for (String who : new String[] { "nina", "bolig", "vakt", "admin" }) {
			Browserless b = login(who);
			assertThat(b.get(path + "/restrict").statusCode()).as(who).isIn(403, 404);
			assertThat(b.post(path + "/restrict", restrictForm("Grunn", "0")).statusCode()).as(who).isIn(403, 404);
			assertThat(b.post(path + "/lift-restriction", restrictForm("Grunn", "0")).statusCode()).as(who)
				.isIn(403, 404);
			assertThat(b.get("/participants/restricted").statusCode()).as(who).isEqualTo(403);
		}
		// A caseworker of another team, and a leader of another section: not found.
		Browserless bjorn = login("bjorn");
		assertThat(bjorn.get(path + "/restrict").statusCode()).isEqualTo(404);
		// (A page that carries the form token first: an error page has none.)
		bjorn.get("/participants");
		assertThat(bjorn.post(path + "/restrict", restrictForm("Grunn", "0")).statusCode()).isEqualTo(404);
		Browserless otto = login("otto");
		HttpResponse<String> ottoGet = otto.get(path + "/restrict");
		assertThat(ottoGet.statusCode()).as(ottoGet.body()).isEqualTo(404);
		otto.get("/participants");
		HttpResponse<String> ottoPost = otto.post(path + "/restrict", restrictForm("Grunn", "0"));
		assertThat(ottoPost.statusCode()).as(ottoPost.body()).isEqualTo(404);
		assertThat(flag()).isFalse();

		// The caseworker of the team may not lift (forbidden by the route).
		Browserless anne = login("anne");
		assertThat(anne.get(path + "/lift-restriction").statusCode()).isEqualTo(403);

		// The section leader may restrict, and then lift.
		Browserless lise = login("lise");
		String version = find(VERSION, lise.get(path + "/restrict").body());
		HttpResponse<String> restricted = lise.post(path + "/restrict", restrictForm("Ønsket av deltakeren", version));
		assertThat(restricted.statusCode()).isEqualTo(302);
		assertThat(restricted.headers().firstValue("Location").orElseThrow()).endsWith(path);
		assertThat(flag()).isTrue();
		// Restricted: the caseworker cannot reach even the lifting form's participant.
		assertThat(anne.post(path + "/lift-restriction", restrictForm("Vil se", "1")).statusCode()).isEqualTo(403);
		String liftVersion = find(VERSION, lise.get(path + "/lift-restriction").body());
		assertThat(lise.post(path + "/lift-restriction", restrictForm("Ferdig", liftVersion)).statusCode())
			.isEqualTo(302);
		assertThat(flag()).isFalse();
	}

	@Test
	void badGroundsSaveNothing() {
		Browserless anne = login("anne");
		String path = "/participants/" + this.participant + "/restrict";
		String version = find(VERSION, anne.get(path).body());
		String[][] bad = { { "", "Må fylles ut." }, { "x".repeat(1001), "høyst 1000 tegn" },
				{ "Grunn\u0007med bjelle", "tegn som ikke kan lagres" } };
		for (String[] input : bad) {
			HttpResponse<String> answer = anne.post(path, restrictForm(input[0], version));
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).contains("text-error").contains(input[1]);
		}
		assertThat(periods()).isZero();
		assertThat(flag()).isFalse();
		// A stale version: the conflict page, nothing saved.
		HttpResponse<String> stale = anne.post(path,
				restrictForm("Grunn", String.valueOf(Integer.parseInt(version) + 5)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(periods()).isZero();

		// Restricted by the section leader while the caseworker's form was open: the
		// caseworker's send is answered on their list, not with the form they may no
		// longer see.
		Browserless lise = login("lise");
		assertThat(lise.post(path, restrictForm("Deltakeren ba lederen om det", find(VERSION, lise.get(path).body())))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> late = anne.post(path, restrictForm("Grunn", version));
		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/participants");
		assertThat(anne.get("/participants").body()).contains("allerede begrenset");
		assertThat(periods()).isOne();
	}

	@Test
	void aRestrictedParticipantIsInNoListOrCountButTheLeaders() {
		LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
		this.housing.lease(this.anne, this.participant, today.plusDays(10));
		CurrentUser nav = this.staff.withRole(Role.NAV);
		CurrentUser officer = this.staff.withRole(Role.HOUSING_OFFICER);
		Set<Long> teams = Set.of(this.teamA);
		ParticipantSearch all = new ParticipantSearch("", null, null, null, null, false, 0);
		ParticipantSearch byName = new ParticipantSearch("rita", null, null, null, null, false, 0);

		// Before: everyone's lists show the participant.
		assertThat(this.directory.page(this.anne, all).getTotalElements()).isOne();
		assertThat(this.directory.page(this.anne, byName).getTotalElements()).isOne();
		assertThat(this.directory.caseloadOf(this.anne, today.minusDays(7), today)).hasSize(1);
		assertThat(this.measures.caseloads(this.anne, teams, null)).hasSize(1);
		assertThat(this.firstRent.open(nav, 0).getTotalElements()).isOne();
		assertThat(this.worklists.allocations(officer, 0).getTotalElements()).isOne();
		assertThat(this.worklists.meetingsToHold(this.anne, 0).getTotalElements()).isOne();

		Browserless anne = login("anne");
		String path = "/participants/" + this.participant + "/restrict";
		String version = find(VERSION, anne.get(path).body());
		assertThat(anne.post(path, restrictForm("Ønsket av deltakeren", version)).statusCode()).isEqualTo(302);

		// After: gone for the caseworker (list, search, Min uke, counts, meetings), NAV's
		// queue and the housing service's worklist.
		assertThat(this.directory.page(this.anne, all).getTotalElements()).isZero();
		assertThat(this.directory.page(this.anne, byName).getTotalElements()).isZero();
		assertThat(this.directory.caseloadOf(this.anne, today.minusDays(7), today)).isEmpty();
		assertThat(this.measures.caseloads(this.anne, teams, null)).isEmpty();
		assertThat(this.measures.activeIds(this.anne, teams, null)).isEmpty();
		assertThat(this.firstRent.open(nav, 0).getTotalElements()).isZero();
		assertThat(this.worklists.allocations(officer, 0).getTotalElements()).isZero();
		assertThat(this.worklists.seekers(officer, 0).getTotalElements()).isZero();
		assertThat(this.worklists.meetingsToHold(this.anne, 0).getTotalElements()).isZero();
		assertThat(anne.get("/my-week").body()).doesNotContain("Rita Begrenset");
		assertThat(anne.get("/participants?q=rita").body()).doesNotContain("Rita Begrenset");
		assertThat(anne.get("/allocation-meetings").body()).doesNotContain("Rita Begrenset");
		assertThat(login("nina").get("/nav/first-rent").body()).doesNotContain("Rita Begrenset");

		// Still there for the section leader: lists, search and counts.
		assertThat(this.directory.page(this.leader, all).getContent()).singleElement()
			.satisfies((row) -> assertThat(row.restricted()).isTrue());
		assertThat(this.directory.page(this.leader, byName).getTotalElements()).isOne();
		assertThat(this.measures.caseloads(this.leader, teams, null)).hasSize(1);
		assertThat(this.worklists.meetingsToHold(this.leader, 0).getTotalElements()).isOne();
	}

	@Test
	void theCaretakersTasksHomePageCountsAndUnitEventsLeaveOutARestrictedParticipant() {
		LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
		CurrentUser vakt = this.staff.person("vakt2", Set.of(Role.CARETAKER), Set.of(), Set.of());
		CurrentUser bolig = this.staff.person("bolig2", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
		long tenancy = this.housing.lease(this.anne, this.participant, today.minusDays(20));
		long unit = owner().queryForObject("SELECT unit_id FROM tenancy WHERE id = ?", Long.class, tenancy);
		this.caretakerTasks.record(this.anne, this.participant, UUID.randomUUID(), new CaretakerTasks.TaskDetails(
				CaretakerTaskKind.REPAIR, "Dørpumpa hos Rita smeller igjen.", vakt.id(), today.plusDays(2)));
		// A complaint past its deadline (the home page's tenancy count), from the
		// landlord
		// (the unit's events).
		owner().update("""
				INSERT INTO tenancy_event (participant_id, tenancy_id, kind, occurred_on, respond_by, source,
				    what_happened, submission_key, created_by)
				VALUES (?, ?, 'COMPLAINT', ?, ?, 'LANDLORD', 'Klage fra naboen om bråk', ?, ?)""", this.participant,
				tenancy, today.minusDays(10), today.minusDays(3), UUID.randomUUID(), this.anne.id());

		// Before: on the caretaker's list, in the caseworker's home-page counts (no
		// bo-plan, an overdue complaint) and among the unit's events.
		assertThat(this.caretakerTasks.mine(vakt, 0).tasks()).hasSize(1);
		assertThat(this.boPlanMeasures.ownCaseload(this.anne).withoutPlan()).isOne();
		assertThat(this.tenancyMeasures.ownCaseload(this.anne).overdueComplaints()).isOne();
		assertThat(this.unitEvents.page(bolig, unit).events()).hasSize(1);
		Browserless anne = login("anne");
		assertThat(anne.get("/").body()).contains("Én av deltakerne dine har ingen boplan ennå.")
			.contains("Én klage på dine deltakere har passert svarfristen");
		Browserless caretaker = login("vakt2");
		assertThat(caretaker.get("/caretaker").body()).contains("Dørpumpa hos Rita smeller igjen.");

		String version = find(VERSION, anne.get("/participants/" + this.participant + "/restrict").body());
		assertThat(anne.post("/participants/" + this.participant + "/restrict", restrictForm("Ønsket", version))
			.statusCode()).isEqualTo(302);

		// After: gone from all of them for everyone but the section leader.
		assertThat(this.caretakerTasks.mine(vakt, 0).tasks()).isEmpty();
		assertThat(this.caretakerTasks.mine(vakt, 0).open()).isZero();
		assertThat(this.boPlanMeasures.ownCaseload(this.anne).withoutPlan()).isZero();
		assertThat(this.boPlanMeasures.perTeam(this.anne)).allSatisfy((c) -> assertThat(c.active()).isZero());
		assertThat(this.tenancyMeasures.ownCaseload(this.anne).overdueComplaints()).isZero();
		assertThat(this.unitEvents.page(bolig, unit).events()).isEmpty();
		assertThat(anne.get("/").body()).doesNotContain("ingen boplan ennå").doesNotContain("har passert svarfristen");
		assertThat(caretaker.get("/caretaker").body()).doesNotContain("Dørpumpa hos Rita smeller igjen.");
		assertThat(login("bolig2").get("/housing-units/" + unit + "/events").body())
			.doesNotContain("Klage fra naboen om bråk");

		// The section leader still counts the participant (ADR 0016).
		assertThat(this.boPlanMeasures.perTeam(this.leader)).anySatisfy((c) -> assertThat(c.withoutPlan()).isOne());
		assertThat(this.tenancyMeasures.perTeam(this.leader))
			.anySatisfy((c) -> assertThat(c.overdueComplaints()).isOne());
		assertThat(login("lise").get("/").body()).contains("I seksjonen: én aktiv deltaker uten boplan.");
	}

	private Map<String, String> restrictForm(String text, String version) {
		return Map.of("text", text, "version", version, "submissionKey", UUID.randomUUID().toString());
	}

	private Browserless login(String username) {
		Browserless browser = new Browserless(this.port);
		browser.login(username, TestStaff.PASSWORD);
		return browser;
	}

	private static String find(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

	private long periods() {
		return owner().queryForObject("SELECT count(*) FROM participant_restriction WHERE participant_id = ?",
				Long.class, this.participant);
	}

	private boolean flag() {
		return owner().queryForObject("SELECT restricted FROM participant WHERE id = ?", Boolean.class,
				this.participant);
	}

	private long audit(String action, String outcome) {
		return owner()
			.queryForObject("SELECT count(*) FROM audit_event WHERE participant_id = ? AND record_type = 'RESTRICTION' "
					+ "AND action = ? AND outcome = ?", Long.class, this.participant, action, outcome);
	}

	private JdbcTemplate owner() {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

}
