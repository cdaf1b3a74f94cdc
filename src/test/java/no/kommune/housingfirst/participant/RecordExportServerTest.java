package no.kommune.housingfirst.participant;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant's record export (innsyn og dataportabilitet) over real HTTP: the
 * printable document and the JSON file hold the record and its change, the housing
 * history, a visit and its correction, a bo-plan, FIT with a correction, a tenancy event,
 * a crisis stay, the survey answer, a lifted restriction of processing and the access
 * log, free text uncut and escaped; only the team's caseworkers and the section's leader
 * get it, another team's caseworker a 404, the other roles a 403; every export is
 * audited.
 */
@ServerTest
class RecordExportServerTest {

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
	ParticipantService participantService;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	LocalDate today;

	long section;

	long team;

	CurrentUser kari;

	CurrentUser leader;

	long participant;

	long visit;

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
			.includedOn(this.today.minusDays(200))
			.by(this.kari);
		ParticipantView view = this.participantService.forEdit(this.kari, this.participant);
		ParticipantDetails d = view.details();
		this.participantService.update(this.kari, this.participant, view.version(),
				new ParticipantDetails(d.fullName(), d.birthDate(), "41122333", d.currentStay(), d.currentStayOther(),
						d.monthsHomeless(), d.guardianNeed(), d.consentNav(), d.consentHousing(), d.consentDate(),
						"Liker kaffe <b>svart</b>"));
		long tenancy = this.housing.lease(this.kari, this.participant, this.today.minusDays(100));
		this.visit = visit(this.participant, this.today.minusDays(10), "Første notat");
		this.jdbc.update("""
				INSERT INTO visit_correction (visit_id, corrected_by, field, old_value, new_value)
				VALUES (?, ?, 'note', 'Første notat', 'Rettet notat')""", this.visit, this.kari.id());
		this.jdbc.update("""
				INSERT INTO bo_plan_version (participant_id, version_no, submission_key, plan_date, lasting_home,
				    review_on, created_by, created_at)
				VALUES (?, 1, ?, ?, 'Et sted å kalle mitt', ?, ?, now())""", this.participant, UUID.randomUUID(),
				this.today.minusDays(90), this.today.plusDays(90), this.kari.id());
		long fit = this.jdbc.queryForObject("""
				INSERT INTO fit_session (participant_id, session_date, ors_individual, ors_interpersonal, ors_social,
				    ors_overall, submission_key, created_by)
				VALUES (?, ?, 7.5, 6, 5, 4, ?, ?) RETURNING id""", Long.class, this.participant,
				this.today.minusDays(20), UUID.randomUUID(), this.kari.id());
		this.jdbc.update("""
				INSERT INTO fit_correction (session_id, corrected_by, field, old_value, new_value)
				VALUES (?, ?, 'orsSocial', '3.0', '5.0')""", fit, this.kari.id());
		this.jdbc.update("""
				INSERT INTO tenancy_event (participant_id, tenancy_id, kind, occurred_on, source, what_happened,
				    submission_key, created_by)
				VALUES (?, ?, 'DAMAGE', ?, 'LANDLORD', 'Knust vindu i stua', ?, ?)""", this.participant, tenancy,
				this.today.minusDays(30), UUID.randomUUID(), this.kari.id());
		this.jdbc.update(
				"""
						INSERT INTO crisis_stay (participant_id, kind, from_on, to_on, place, reason, submission_key, created_by)
						VALUES (?, 'CRISIS_PLACE', ?, ?, 'Kriseplassen i Kirkegata', 'Vannlekkasje', ?, ?)""",
				this.participant, this.today.minusDays(60), this.today.minusDays(55), UUID.randomUUID(),
				this.kari.id());
		long response = this.jdbc.queryForObject("""
				INSERT INTO survey_response (participant_id, team_id, answered_on, mode, free_text, submission_key,
				    recorded_by)
				VALUES (?, ?, ?, 'PAPER', 'Godt å ha egen dør', ?, ?) RETURNING id""", Long.class, this.participant,
				this.team, this.today.minusDays(5), UUID.randomUUID(), this.kari.id());
		this.jdbc.update("INSERT INTO survey_answer (response_id, question, score) VALUES (?, 'HOME_SAFE', 5)",
				response);
		// An earlier restriction of processing, lifted: data about the person too.
		this.leader = this.staff.sectionLeader(this.section);
		this.jdbc.update("""
				INSERT INTO participant_restriction (participant_id, restricted_at, restricted_by, ground,
				    submission_key, lifted_at, lifted_by, lift_reason, lift_submission_key)
				VALUES (?, now() - interval '40 days', ?, 'Bestrider at adressen stemmer', ?,
				    now() - interval '35 days', ?, 'Adressen er rettet', ?)""", this.participant, this.kari.id(),
				UUID.randomUUID(), this.leader.id(), UUID.randomUUID());
	}

	@Test
	void theDocumentHoldsEveryPartWithItsCorrectionsInPlainNorwegian() {
		Browserless caseworker = as(this.kari.getUsername());
		assertThat(caseworker.get("/participants/" + this.participant + "/access-log").body())
			.contains("/participants/" + this.participant + "/export");
		HttpResponse<String> page = caseworker.get("/participants/" + this.participant + "/export");
		assertThat(page.statusCode()).isEqualTo(200);
		// Everything about a person: no browser or proxy may keep a copy.
		assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(page.body()).contains("Alt Housing First har lagret om Ola Nordmann")
			.contains("Personopplysninger og status")
			.contains("41122333")
			// The record's change and the visit's correction: old, new, by whom.
			.contains("Telefon:")
			.contains("Første notat")
			.contains("Rettet notat")
			.contains(", av " + this.kari.fullName() + ", ")
			.contains("Liker kaffe &lt;b&gt;svart&lt;/b&gt;")
			.contains(day(this.today.minusDays(10)))
			.contains("Leieforhold eller kjøp")
			.contains("8 500 kr")
			.contains("Et sted å kalle mitt")
			.contains("7,5")
			.contains("ORS: sosialt:")
			.contains("Knust vindu i stua")
			.contains("Kriseplassen i Kirkegata")
			.contains("Godt å ha egen dør")
			.contains("Tilgangslogg")
			// The restriction period: who, when, the ground; who lifted it and why.
			.contains("Begrenset behandling")
			.contains("Bestrider at adressen stemmer")
			.contains("Opphevet av")
			.contains(this.leader.fullName())
			.contains("Adressen er rettet")
			.doesNotContain("??");
		assertThat(exports(this.kari)).isEqualTo(1);
	}

	@Test
	void theFileIsJsonWithTheDocumentedKeysIsoDatesAndTheCorrections() throws Exception {
		HttpResponse<String> file = as(this.kari.getUsername())
			.get("/participants/" + this.participant + "/export.json");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("innsyn-" + this.participant);
		assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		JsonNode json = JsonMapper.builder().build().readTree(file.body());
		assertThat(json.get("format").asString()).isEqualTo("housing-first-participant-record");
		assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
		assertThat(json.get("participant").get("id").asLong()).isEqualTo(this.participant);
		assertThat(json.get("producedBy").get("name").asString()).isEqualTo(this.kari.fullName());
		assertThat(json.get("parts").propertyNames()).containsExactly("record", "housing", "firstRent", "visits",
				"boPlans", "agreements", "fit", "tenancyEvents", "crisisStays", "caretakerTasks", "survey",
				"accessLog");
		JsonNode record = json.get("parts").get("record").get(0);
		assertThat(record.get("type").asString()).isEqualTo("participant");
		assertThat(record.get("fields").get("phone").asString()).isEqualTo("41122333");
		assertThat(record.get("fields").has("exitedOn")).isTrue();
		JsonNode phone = List.copyOf(record.get("corrections").valueStream().toList())
			.stream()
			.filter((c) -> c.get("field").asString().equals("phone"))
			.findFirst()
			.orElseThrow();
		assertThat(phone.get("newValue").asString()).isEqualTo("41122333");
		assertThat(phone.get("by").get("id").asLong()).isEqualTo(this.kari.id());
		JsonNode restriction = json.get("parts")
			.get("record")
			.valueStream()
			.filter((e) -> e.get("type").asString().equals("restriction"))
			.findFirst()
			.orElseThrow();
		assertThat(restriction.get("fields").get("restrictedAt").asString()).endsWith("Z");
		assertThat(restriction.get("fields").get("restrictedBy").get("id").asLong()).isEqualTo(this.kari.id());
		assertThat(restriction.get("fields").get("ground").asString()).isEqualTo("Bestrider at adressen stemmer");
		assertThat(restriction.get("fields").get("liftedAt").asString()).endsWith("Z");
		assertThat(restriction.get("fields").get("liftedBy").get("name").asString()).isEqualTo(this.leader.fullName());
		assertThat(restriction.get("fields").get("liftReason").asString()).isEqualTo("Adressen er rettet");
		JsonNode visit = json.get("parts").get("visits").get(0);
		assertThat(visit.get("id").asLong()).isEqualTo(this.visit);
		assertThat(visit.get("fields").get("date").asString()).isEqualTo(this.today.minusDays(10).toString());
		assertThat(visit.get("fields").get("kind").asString()).isEqualTo("HOME_VISIT");
		assertThat(visit.get("corrections").get(0).get("oldValue").asString()).isEqualTo("Første notat");
		assertThat(visit.get("corrections").get(0).get("newValue").asString()).isEqualTo("Rettet notat");
		assertThat(visit.get("corrections").get(0).get("at").asString()).endsWith("Z");
		JsonNode fit = json.get("parts").get("fit").get(0);
		assertThat(fit.get("fields").get("orsIndividual").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(json.get("parts").get("housing").valueStream().map((e) -> e.get("type").asString()))
			.contains("offer", "allocation", "tenancy");
		JsonNode survey = json.get("parts").get("survey").get(0);
		assertThat(survey.get("fields").get("freeText").asString()).isEqualTo("Godt å ha egen dør");
		assertThat(survey.get("children").get(0).get("fields").get("score").asInt()).isEqualTo(5);
		// The access log holds this export itself.
		assertThat(
				json.get("parts").get("accessLog").valueStream().map((e) -> e.get("fields").get("action").asString()))
			.contains("EXPORT");
		assertThat(exports(this.kari)).isEqualTo(1);
	}

	@Test
	void theHousingPartHoldsTheMeetingMinutesAndWhatWentWrongAndChangesNameTheStaff() throws Exception {
		this.jdbc.update("""
				UPDATE allocation SET meeting_planned_at = allocated_on + TIME '10:30',
				    meeting_minutes = 'Avtalte flyttehjelp lørdag', participant_attended = TRUE
				WHERE participant_id = ?""", this.participant);
		this.jdbc.update("""
				UPDATE tenancy SET ended_on = ?, end_reason = 'MOVED_TO_OTHER_HOME',
				    what_went_wrong = 'Naboklager om musikk om natta', stay_after = 'FRIENDS_SOFA'
				WHERE participant_id = ?""", this.today.minusDays(2), this.participant);
		long event = this.jdbc.queryForObject("SELECT id FROM tenancy_event WHERE participant_id = ?", Long.class,
				this.participant);
		CurrentUser per = this.staff.caseworker(this.team);
		this.jdbc.update("""
				INSERT INTO tenancy_event_change (event_id, changed_at, changed_by, field, old_value, new_value)
				VALUES (?, now(), ?, 'answeredBy', ?, ?), (?, now(), ?, 'deductionRestored', NULL, '01.12.2026')""",
				event, this.kari.id(), String.valueOf(this.kari.id()), String.valueOf(per.id()), event, this.kari.id());
		// Another participant of the same team: nothing of theirs may be in the export.
		long other = this.participants.aParticipant().named("Kari Annen").by(this.kari);
		long otherVisit = visit(other, this.today.minusDays(3), "Notat om en annen");
		this.jdbc.update("""
				INSERT INTO visit_correction (visit_id, corrected_by, field, old_value, new_value)
				VALUES (?, ?, 'note', 'Notat om en annen', 'Rettet notat om en annen')""", otherVisit, this.kari.id());

		Browserless caseworker = as(this.kari.getUsername());
		String page = caseworker.get("/participants/" + this.participant + "/export").body();
		assertThat(page).contains("Avtalte flyttehjelp lørdag")
			.contains("Deltakeren var med")
			.contains("Naboklager om musikk om natta")
			.contains("Hos venner (sofa)")
			.contains("Trekket satt opp igjen:")
			.contains("Svart av:")
			.contains(per.fullName())
			.doesNotContain("Kari Annen")
			.doesNotContain("Notat om en annen")
			.doesNotContain("??");
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(caseworker.get("/participants/" + this.participant + "/export.json").body());
		JsonNode allocation = json.get("parts")
			.get("housing")
			.valueStream()
			.filter((e) -> e.get("type").asString().equals("allocation"))
			.findFirst()
			.orElseThrow();
		assertThat(allocation.get("fields").get("meetingMinutes").asString()).isEqualTo("Avtalte flyttehjelp lørdag");
		assertThat(allocation.get("fields").get("meetingPlannedAt").asString()).endsWith("Z");
		assertThat(allocation.get("fields").has("releasedOn")).isTrue();
		JsonNode tenancy = json.get("parts")
			.get("housing")
			.valueStream()
			.filter((e) -> e.get("type").asString().equals("tenancy"))
			.findFirst()
			.orElseThrow();
		assertThat(tenancy.get("fields").get("whatWentWrong").asString()).isEqualTo("Naboklager om musikk om natta");
		assertThat(tenancy.get("fields").get("stayAfter").asString()).isEqualTo("FRIENDS_SOFA");
		JsonNode answeredBy = json.get("parts").get("tenancyEvents").get(0).get("corrections").get(0);
		assertThat(answeredBy.get("field").asString()).isEqualTo("answeredBy");
		assertThat(answeredBy.get("oldValue").get("name").asString()).isEqualTo(this.kari.fullName());
		assertThat(answeredBy.get("newValue").get("id").asLong()).isEqualTo(per.id());
		assertThat(answeredBy.get("newValue").get("name").asString()).isEqualTo(per.fullName());
	}

	@Test
	void aVisitLoggedOnTheWrongPersonKeepsOnlyTheFactThatItWasVoided() throws Exception {
		long wrong = visit(this.participant, this.today.minusDays(4), "Notat om Per, ført på feil person");
		this.jdbc.update("""
				INSERT INTO visit_correction (visit_id, corrected_by, field, old_value, new_value)
				VALUES (?, ?, 'note', 'Notat om Per, ført på feil person', 'Per var sliten og ruset')""", wrong,
				this.kari.id());
		this.jdbc.update("""
				UPDATE visit SET voided_at = now(), voided_by = ?, void_reason = 'WRONG_PARTICIPANT'
				WHERE id = ?""", this.kari.id(), wrong);

		Browserless caseworker = as(this.kari.getUsername());
		assertThat(caseworker.get("/participants/" + this.participant + "/export").body())
			.contains("Ført på feil person")
			.contains("Første notat")
			.doesNotContain("Notat om Per")
			.doesNotContain("Per var sliten")
			.doesNotContain("??");
		JsonNode json = JsonMapper.builder()
			.build()
			.readTree(caseworker.get("/participants/" + this.participant + "/export.json").body());
		JsonNode voided = json.get("parts")
			.get("visits")
			.valueStream()
			.filter((v) -> v.get("id").asLong() == wrong)
			.findFirst()
			.orElseThrow();
		assertThat(voided.get("fields").get("note").isNull()).isTrue();
		assertThat(voided.get("fields").get("contentWithheld").asBoolean()).isTrue();
		assertThat(voided.get("fields").get("voidReason").asString()).isEqualTo("WRONG_PARTICIPANT");
		assertThat(voided.get("corrections").isEmpty()).isTrue();
	}

	@Test
	void onlyTheTeamAndTheSectionLeaderGetItAndEveryExportIsAudited() {
		String page = "/participants/" + this.participant + "/export";
		CurrentUser leader = this.staff.sectionLeader(this.section);
		Browserless sectionLeader = as(leader.getUsername());
		assertThat(sectionLeader.get(page).statusCode()).isEqualTo(200);
		assertThat(sectionLeader.get(page + ".json").statusCode()).isEqualTo(200);
		assertThat(exports(leader)).isEqualTo(2);

		CurrentUser other = this.staff.caseworker(this.staff.team(this.staff.section()));
		Browserless otherTeam = as(other.getUsername());
		assertThat(otherTeam.get(page).statusCode()).isEqualTo(404);
		assertThat(otherTeam.get(page + ".json").statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND outcome = 'DENIED' AND actor_id = ?
				AND participant_id = ?""", Long.class, other.id(), this.participant)).isEqualTo(2);

		for (Role role : List.of(Role.NAV, Role.HOUSING_OFFICER, Role.CARETAKER, Role.ADMIN)) {
			Browserless browser = as(this.staff.withRole(role).getUsername());
			assertThat(browser.get(page).statusCode()).as(role.name()).isEqualTo(403);
			assertThat(browser.get(page + ".json").statusCode()).as(role.name()).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND outcome = 'ALLOWED' AND participant_id = ?",
				Long.class, this.participant))
			.isEqualTo(2);
	}

	private long visit(long participantId, LocalDate date, String note) {
		return this.jdbc.queryForObject("""
				INSERT INTO visit (participant_id, visit_date, kind, contact, duration_minutes, note, submission_key,
				    created_by)
				VALUES (?, ?, 'HOME_VISIT', TRUE, 45, ?, ?, ?) RETURNING id""", Long.class, participantId, date, note,
				UUID.randomUUID(), this.kari.id());
	}

	private long exports(CurrentUser actor) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_event WHERE record_type = 'PARTICIPANT' AND action = 'EXPORT'
				AND outcome = 'ALLOWED' AND actor_id = ? AND participant_id = ? AND record_id = ?""", Long.class,
				actor.id(), this.participant, this.participant);
	}

	private static String day(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	private Browserless as(String username) {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(username, TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

}
