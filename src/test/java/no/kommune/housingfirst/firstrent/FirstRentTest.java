package no.kommune.housingfirst.firstrent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.QueryCounter;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * NAV's first-rent queue: only what paying the first rent needs, nothing of the
 * follow-up; every participant page closed to NAV; a confirmation that takes only its own
 * fields; the caseworker sees what NAV confirmed.
 */
@IntegrationTest
class FirstRentTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	static final String SECRET_NOTE = "Hemmelig notat om rus";

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

	CurrentUser nav;

	long participant;

	long tenancy;

	long task;

	@BeforeEach
	void setUp() {
		this.kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.nav = this.staff.withRole(Role.NAV);
		this.participant = this.participants.aParticipant()
			.named("Nora Navsen")
			.born(LocalDate.of(1979, 3, 14))
			.withNotes(SECRET_NOTE)
			.by(this.kari);
		this.tenancy = this.housing.lease(this.kari, this.participant, TODAY.plusDays(7));
		this.entityManager.flush();
		this.task = this.jdbc.queryForObject("SELECT id FROM first_rent_task WHERE tenancy_id = ?", Long.class,
				this.tenancy);
	}

	@Test
	void navReachesNoParticipantVisitOrHousingPage() throws Exception {
		String p = "/participants/" + this.participant;
		for (String url : List.of("/participants", p, p + "/edit", p + "/housing", p + "/housing/wishes", p + "/visits",
				p + "/visits/new", p + "/access-log", p + "/exit", "/my-week", "/allocation-meetings",
				"/visits/compliance", "/audit", "/housing-units", "/housing-units/allocations", p + "/bo-plan",
				p + "/bo-plan/versions/1/print", p + "/fit", p + "/export", p + "/export.json")) {
			this.mvc.perform(get(url).with(user(this.nav))).andExpect(status().isForbidden());
		}
		// Pages that do not exist are not there for anyone: 404, not a role problem.
		for (String url : List.of(p + "/caseload", p + "/transcript")) {
			this.mvc.perform(get(url).with(user(this.nav))).andExpect(status().isNotFound());
		}
		for (String url : List.of(p + "/housing/offers", p + "/housing/wishes", p + "/visits/new", p + "/edit",
				p + "/housing/tenancies/" + this.tenancy + "/move-in")) {
			this.mvc.perform(post(url).with(csrf()).with(user(this.nav))).andExpect(status().isForbidden());
		}
		// And the other way round: the queue is NAV's alone.
		for (Role role : List.of(Role.CASEWORKER, Role.SECTION_LEADER, Role.HOUSING_OFFICER, Role.ADMIN)) {
			this.mvc.perform(get("/nav/first-rent").with(user(this.staff.withRole(role))))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/nav/first-rent/" + this.task).with(csrf()).with(user(this.staff.withRole(role))))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theQueueShowsOnlyWhatPayingTheFirstRentNeedsOverdueFirst() throws Exception {
		long late = this.participants.aParticipant().named("Ola Forfalt").by(this.kari);
		this.housing.lease(this.kari, late, TODAY.minusDays(20));
		MvcResult result = this.mvc.perform(get("/nav/first-rent").with(user(this.nav)))
			.andExpect(status().isOk())
			.andReturn();
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("Nora Navsen", "14.03.1979", "8 500 kr",
				TODAY.plusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), "Forfalt");
		assertThat(page.indexOf("Ola Forfalt")).isLessThan(page.indexOf("Nora Navsen"));
		String form = this.mvc.perform(get("/nav/first-rent/" + this.task).with(user(this.nav)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String shown : List.of(page, form)) {
			assertThat(shown).doesNotContain(SECRET_NOTE, "Gate", "Rus", "Verge", "Besøk", "Kari", "HF-team",
					"Oppholdssted", "Telefon");
		}
		// Each task shown is a read in that participant's access log.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_event WHERE participant_id = ? AND record_type = 'FIRST_RENT' AND action = 'READ'",
				Long.class, this.participant))
			.isEqualTo(2);
	}

	@Test
	void theQueueAuditsEveryTaskShownInOneStatementWhateverItsLength() throws Exception {
		this.mvc.perform(get("/nav/first-rent").with(user(this.nav))).andExpect(status().isOk());
		QueryCounter.reset();
		this.mvc.perform(get("/nav/first-rent").with(user(this.nav))).andExpect(status().isOk());
		int withOne = QueryCounter.count();
		List<Long> more = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			long participant = this.participants.aParticipant().named("Kø Nummer" + i).by(this.kari);
			this.housing.lease(this.kari, participant, TODAY.plusDays(i));
			more.add(participant);
		}
		QueryCounter.reset();
		this.mvc.perform(get("/nav/first-rent").with(user(this.nav))).andExpect(status().isOk());
		assertThat(QueryCounter.count()).as("statements with five tasks against one").isEqualTo(withOne);
		for (long participant : more) {
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_event WHERE participant_id = ? AND record_type = 'FIRST_RENT' "
							+ "AND action = 'READ' AND outcome = 'ALLOWED' AND actor_id = ? AND record_id IS NOT NULL",
					Long.class, participant, this.nav.id()))
				.isEqualTo(1);
		}
	}

	@Test
	void confirmingTakesOnlyItsOwnFieldsAndTheCaseworkerSeesIt() throws Exception {
		this.mvc
			.perform(post("/nav/first-rent/" + this.task).with(csrf())
				.with(user(this.nav))
				.param("paidBy", "NAV")
				.param("paidOn", TODAY.toString())
				.param("amount", "8 500,50")
				.param("reference", "NAV-2026-0042")
				.param("depositGuarantee", "true")
				.param("grant", "GRANTED")
				.param("rentDeductionSetUp", "true")
				// Fields that are not on the form change nothing.
				.param("dueOn", "2030-01-01")
				.param("participantId", "1")
				.param("fullName", "Endret Navn")
				.param("confirmedBy", "1")
				.param("amountOre", "1")
				.param("monthlyRentKroner", "1")
				.param("practicalNotes", "NAV skrev her"))
			.andExpect(flash().attribute("message", "firstrent.confirmed"));
		this.entityManager.flush();
		this.entityManager.clear();
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM first_rent_task WHERE id = ?", this.task);
		assertThat(row).containsEntry("amount_ore", 850050L)
			.containsEntry("paid_by", "NAV")
			.containsEntry("reference", "NAV-2026-0042")
			.containsEntry("deposit_guarantee_given", true)
			.containsEntry("establishment_grant", "GRANTED")
			.containsEntry("rent_deduction_set_up", true)
			.containsEntry("confirmed_by", this.nav.id())
			.containsEntry("participant_id", this.participant);
		assertThat(row.get("due_on").toString()).isEqualTo(TODAY.plusDays(7).toString());
		assertThat(this.jdbc.queryForObject("SELECT full_name || '|' || practical_notes FROM participant WHERE id = ?",
				String.class, this.participant))
			.isEqualTo("Nora Navsen|" + SECRET_NOTE);
		assertThat(this.jdbc.queryForObject("SELECT monthly_rent_kroner FROM tenancy WHERE id = ?", Integer.class,
				this.tenancy))
			.isEqualTo(8500);

		this.mvc.perform(get("/participants/" + this.participant + "/housing").with(user(this.kari)))
			.andExpect(content().string(containsString("Betalt av NAV")))
			.andExpect(content().string(containsString("8 500,50 kr")))
			.andExpect(content().string(containsString("NAV-2026-0042")))
			.andExpect(content().string(containsString("Etableringstilskudd: Innvilget")));

		// The second confirmation finds it done: nothing changes, and NAV is told so.
		this.mvc
			.perform(post("/nav/first-rent/" + this.task).with(csrf())
				.with(user(this.staff.withRole(Role.NAV)))
				.param("paidBy", "PARTICIPANT")
				.param("grant", "REFUSED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("allerede bekreftet")));
		assertThat(this.jdbc.queryForObject("SELECT paid_by || establishment_grant FROM first_rent_task WHERE id = ?",
				String.class, this.task))
			.isEqualTo("NAVGRANTED");
		this.mvc.perform(get("/nav/first-rent").with(user(this.nav)))
			.andExpect(content().string(containsString("Bekreftet siste 30 dager")))
			.andExpect(content().string(containsString("NAV-2026-0042")));
	}

	@Test
	void withoutConsentToShareWithNavTheTaskStaysOutOfNavsSightAndTheCaseworkerIsTold() throws Exception {
		long private_ = this.participants.aParticipant().named("Uten Samtykke").withoutNavConsent().by(this.kari);
		long tenancy = this.housing.lease(this.kari, private_, TODAY);
		this.entityManager.flush();
		long hidden = this.jdbc.queryForObject("SELECT id FROM first_rent_task WHERE tenancy_id = ?", Long.class,
				tenancy);
		this.mvc.perform(get("/nav/first-rent").with(user(this.nav)))
			.andExpect(content().string(containsString("Nora Navsen")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Uten Samtykke"))));
		this.mvc.perform(get("/nav/first-rent/" + hidden).with(user(this.nav))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/nav/first-rent/" + hidden).with(csrf())
				.with(user(this.nav))
				.param("paidBy", "PARTICIPANT")
				.param("grant", "PENDING"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/participants/" + private_ + "/housing").with(user(this.kari)))
			.andExpect(content().string(containsString("ikke samtykket til deling med NAV")));
	}

	@Test
	void aTenancyThatEndsBeforeNavConfirmsClosesTheTaskAndAConfirmedTaskCannotBeChanged() throws Exception {
		this.mvc
			.perform(post("/participants/" + this.participant + "/housing/tenancies/" + this.tenancy + "/end")
				.with(csrf())
				.with(user(this.kari))
				.param("endedOn", TODAY.toString())
				.param("reason", "MOVED_TO_INSTITUTION")
				.param("stayAfter", "STREET")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		this.mvc.perform(get("/nav/first-rent").with(user(this.nav)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nora Navsen"))));
		this.mvc
			.perform(post("/nav/first-rent/" + this.task).with(csrf())
				.with(user(this.nav))
				.param("paidBy", "PARTICIPANT")
				.param("grant", "PENDING"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("SELECT confirmed_at IS NULL FROM first_rent_task WHERE id = ?",
				Boolean.class, this.task))
			.isTrue();
		this.mvc.perform(get("/participants/" + this.participant + "/housing").with(user(this.kari)))
			.andExpect(content().string(containsString("uten bekreftelse: leieforholdet sluttet")));
		// The database itself keeps a settled task as it is, whoever tries.
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.update("UPDATE first_rent_task SET reference = 'x' WHERE id = ?", this.task))
			.hasMessageContaining("settled");
	}

	@Test
	void navOpensOnlyTasksInItsQueueOrConfirmedInTheLastThirtyDays(@Autowired FirstRentQueue queue) throws Exception {
		FirstRentQueue.Confirmation participantPays = new FirstRentQueue.Confirmation(RentPayer.PARTICIPANT, null, null,
				null, null, EstablishmentGrant.PENDING, null);
		// In the queue: open.
		this.mvc.perform(get("/nav/first-rent/" + this.task).with(user(this.nav))).andExpect(status().isOk());
		// Confirmed 29 days ago: still there to look back at.
		queue.confirm(this.nav, this.task, participantPays, TODAY.minusDays(29));
		this.mvc.perform(get("/nav/first-rent/" + this.task).with(user(this.nav))).andExpect(status().isOk());

		// Confirmed 31 days ago: gone, for reading, correcting and ticking alike.
		long other = this.participants.aParticipant().named("Gammel Bekreftelse").by(this.kari);
		long oldTask = taskOf(this.housing.lease(this.kari, other, TODAY.minusDays(40)));
		queue.confirm(this.nav, oldTask, participantPays, TODAY.minusDays(31));
		this.entityManager.flush();
		this.mvc.perform(get("/nav/first-rent/" + oldTask).with(user(this.nav))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/nav/first-rent/" + oldTask + "/correction").with(csrf())
				.with(user(this.nav))
				.param("seen", "0")
				.param("paidBy", "PARTICIPANT")
				.param("grant", "GRANTED"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/nav/first-rent/" + oldTask + "/meeting-tasks/DEPOSIT").with(csrf()).with(user(this.nav)))
			.andExpect(status().isNotFound());

		// A tenancy that ended before NAV confirmed: its task is closed, and not found.
		long ended = this.participants.aParticipant().named("Avsluttet Leie").by(this.kari);
		long endedTenancy = this.housing.lease(this.kari, ended, TODAY.minusDays(3));
		long closedTask = taskOf(endedTenancy);
		this.mvc
			.perform(post("/participants/" + ended + "/housing/tenancies/" + endedTenancy + "/end").with(csrf())
				.with(user(this.kari))
				.param("endedOn", TODAY.toString())
				.param("reason", "MOVED_TO_INSTITUTION")
				.param("stayAfter", "STREET")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT cancelled_on IS NOT NULL FROM first_rent_task WHERE id = ?",
				Boolean.class, closedTask))
			.isTrue();
		this.mvc.perform(get("/nav/first-rent/" + closedTask).with(user(this.nav))).andExpect(status().isNotFound());
		// An id that never was: the same answer.
		this.mvc.perform(get("/nav/first-rent/" + (closedTask + 1000)).with(user(this.nav)))
			.andExpect(status().isNotFound());
	}

	private long taskOf(long tenancyId) {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT id FROM first_rent_task WHERE tenancy_id = ?", Long.class, tenancyId);
	}

	@Test
	void aConfirmationIsCorrectedLaterWithItsHistory() throws Exception {
		this.mvc
			.perform(post("/nav/first-rent/" + this.task).with(csrf())
				.with(user(this.nav))
				.param("paidBy", "NAV")
				.param("paidOn", TODAY.toString())
				.param("amount", "8500")
				.param("reference", "NAV-1")
				.param("depositGuarantee", "true")
				.param("grant", "PENDING"))
			.andExpect(flash().attribute("message", "firstrent.confirmed"));
		this.entityManager.flush();
		String seen = this.mvc.perform(get("/nav/first-rent/" + this.task).with(user(this.nav)))
			.andExpect(content().string(containsString("Rett bekreftelsen")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*name=\"seen\" value=\"([0-9a-f]+)\".*", "$1");
		// The grant was under consideration; now it is granted, and the reference was
		// wrong.
		this.mvc
			.perform(post("/nav/first-rent/" + this.task + "/correction").with(csrf())
				.with(user(this.nav))
				.param("seen", seen)
				.param("paidBy", "PARTICIPANT")
				.param("paidOn", TODAY.toString())
				.param("amount", "8500")
				.param("reference", "NAV-2")
				.param("depositGuarantee", "true")
				.param("grant", "GRANTED"))
			.andExpect(flash().attribute("message", "firstrent.corrected"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForMap("SELECT * FROM first_rent_task WHERE id = ?", this.task))
			.containsEntry("establishment_grant", "GRANTED")
			.containsEntry("reference", "NAV-2")
			.containsEntry("paid_by", "NAV");
		assertThat(this.jdbc.queryForList(
				"SELECT field || ':' || old_value || '>' || new_value FROM first_rent_correction WHERE first_rent_task_id = ? ORDER BY id",
				String.class, this.task))
			.containsExactly("reference:NAV-1>NAV-2", "grant:PENDING>GRANTED");
		this.mvc.perform(get("/nav/first-rent/" + this.task).with(user(this.nav)))
			.andExpect(content().string(containsString("Under behandling")))
			.andExpect(content().string(containsString("Innvilget")));
		// Someone holding the old confirmation: a conflict, nothing overwritten.
		this.mvc
			.perform(post("/nav/first-rent/" + this.task + "/correction").with(csrf())
				.with(user(this.nav))
				.param("seen", seen)
				.param("paidBy", "NAV")
				.param("paidOn", TODAY.toString())
				.param("amount", "8500")
				.param("reference", "NAV-3")
				.param("grant", "REFUSED"))
			.andExpect(status().isConflict());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("SELECT establishment_grant FROM first_rent_task WHERE id = ?",
				String.class, this.task))
			.isEqualTo("GRANTED");
		// The database keeps who paid and when it was confirmed, whoever tries.
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> this.jdbc.update("UPDATE first_rent_task SET paid_by = 'PARTICIPANT' WHERE id = ?", this.task))
			.hasMessageContaining("settled");
	}

	@Test
	void aConfirmationWithMistakesIsShownBackWithMessagesByTheFields() throws Exception {
		this.mvc
			.perform(post("/nav/first-rent/" + this.task).with(csrf())
				.with(user(this.nav))
				.param("paidBy", "NAV")
				.param("paidOn", TODAY.plusDays(3).toString())
				.param("amount", "8.500,5,0")
				.param("reference", "")
				.param("grant", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"paidOn-error\"")))
			.andExpect(content().string(containsString("Skriv et beløp i kroner")))
			.andExpect(content().string(containsString("id=\"reference-error\"")))
			.andExpect(content().string(containsString("value=\"8.500,5,0\"")));
		assertThat(this.jdbc.queryForObject("SELECT confirmed_at IS NULL FROM first_rent_task WHERE id = ?",
				Boolean.class, this.task))
			.isTrue();
		this.mvc
			.perform(post("/nav/first-rent/" + this.task).with(csrf())
				.with(user(this.nav))
				.param("paidBy", "PARTICIPANT")
				.param("amount", "skal ikke leses")
				.param("grant", "NOT_APPLIED"))
			.andExpect(flash().attribute("message", "firstrent.confirmed"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject(
				"SELECT paid_by || coalesce(amount_ore::text, '-') || coalesce(reference, '-') FROM first_rent_task WHERE id = ?",
				String.class, this.task))
			.isEqualTo("PARTICIPANT--");
		this.mvc.perform(get("/nav/first-rent/999999").with(user(this.nav))).andExpect(status().isNotFound());
	}

}
