package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.util.Set;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.StaffChanges;
import no.kommune.housingfirst.staff.StaffDirectory;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deactivating a caseworker who still follows active participants: the administrator sees
 * how many per team and which section leader reassigns them, never who they are; the
 * deactivation goes ahead; the participants land on their section leader's list of
 * participants who need a new caseworker until they have one.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseworkerHandoverTest {

	static final LocalDate TODAY = LocalDate.now(TimeConfiguration.OSLO);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestParticipants participants;

	@Autowired
	ParticipantPathway pathway;

	@Autowired
	StaffDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	CurrentUser admin;

	CurrentUser leader;

	CurrentUser otherLeader;

	CurrentUser kari;

	CurrentUser ola;

	long teamA;

	long teamB;

	long asPrimary1;

	long asPrimary2;

	long asSecondary;

	long inTeamB;

	long exited;

	long otherSection;

	@BeforeEach
	void setUp() {
		this.admin = this.staff.admin();
		long section = this.staff.section();
		this.teamA = this.staff.team(section);
		this.teamB = this.staff.team(section);
		this.leader = this.staff.sectionLeader(section);
		this.kari = this.staff.person(TestStaff.unique("kari"), Set.of(Role.CASEWORKER), Set.of(this.teamA, this.teamB),
				Set.of());
		this.ola = this.staff.person(TestStaff.unique("ola"), Set.of(Role.CASEWORKER), Set.of(this.teamA), Set.of());
		this.asPrimary1 = this.participants.aParticipant()
			.named("Åse Primær")
			.includedOn(TODAY.minusDays(30))
			.by(this.kari);
		this.asPrimary2 = this.participants.aParticipant()
			.named("Per Primær")
			.includedOn(TODAY.minusDays(30))
			.by(this.kari);
		this.asSecondary = this.participants.aParticipant()
			.named("Sara Sekundær")
			.includedOn(TODAY.minusDays(30))
			.by(this.ola);
		this.pathway.reassign(this.leader, this.asSecondary, 0, this.teamA, this.ola.id(), this.kari.id(), "Tilbake");
		this.inTeamB = this.participants.aParticipant().named("Bo Teamb").includedOn(TODAY.minusDays(30)).by(this.kari);
		this.pathway.reassign(this.leader, this.inTeamB, 0, this.teamB, this.kari.id(), null, "Tilbake");
		this.exited = this.participants.aParticipant()
			.named("Elin Avsluttet")
			.includedOn(TODAY.minusDays(30))
			.by(this.kari);
		this.pathway.exit(this.kari, this.exited, TODAY.minusDays(1), ExitReason.MOVED_AWAY);
		long elsewhere = this.staff.section();
		this.otherLeader = this.staff.sectionLeader(elsewhere);
		CurrentUser nils = this.staff.caseworker(this.staff.team(elsewhere));
		this.otherSection = this.participants.aParticipant().named("Nora Annenseksjon").by(nils);
		this.directory.deactivate(nils.id(), "test");
	}

	@Test
	void theAdministratorSeesHowManyPerTeamAndWhoReassignsButNotWho() throws Exception {
		this.mvc.perform(get("/admin/staff/" + this.kari.id()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString(this.kari.fullName() + " er booppfølger for 4 aktive deltakere.")))
			.andExpect(content().string(containsString("primær booppfølger for 2 deltakere")))
			.andExpect(content().string(containsString("sekundær booppfølger for 1 deltaker")))
			.andExpect(content().string(containsString("primær booppfølger for 1 deltaker<")))
			.andExpect(content().string(containsString("Seksjonsleder: " + this.leader.fullName())))
			.andExpect(content().string(containsString("Administratorer ser ikke hvem deltakerne er.")))
			.andExpect(content().string(containsString("Deaktiver likevel")))
			.andExpect(content().string(not(containsString("Åse Primær"))))
			.andExpect(content().string(not(containsString("Sara Sekundær"))))
			.andExpect(content().string(not(containsString("Bo Teamb"))))
			// Only the section leader's own list link is for section leaders.
			.andExpect(content().string(not(containsString("/participants/to-reassign"))));
	}

	@Test
	void somebodyWithoutActiveParticipantsIsDeactivatedAsBefore() throws Exception {
		CurrentUser idle = this.staff.caseworker(this.teamA);
		this.mvc.perform(get("/admin/staff/" + idle.id()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"handover\""))))
			.andExpect(content().string(containsString("Deaktiver brukeren")))
			.andExpect(content().string(not(containsString("Deaktiver likevel"))));
		this.mvc.perform(get("/admin/staff/" + this.ola.id()).with(user(this.admin)))
			.andExpect(content().string(containsString(this.ola.fullName() + " er booppfølger for 1 aktiv deltaker.")));
	}

	@Test
	void deactivationGoesAheadAndTheParticipantsWaitOnTheSectionLeadersList(CapturedOutput output) throws Exception {
		this.mvc.perform(post("/admin/staff/" + this.kari.id() + "/deactivate").with(csrf()).with(user(this.admin)))
			.andExpect(redirectedUrl("/admin/staff/" + this.kari.id()));
		assertThat(output.getOut()).contains("staff deactivated user=" + this.kari.getUsername() + " by="
				+ this.admin.getUsername() + " activeParticipants=4");
		this.mvc.perform(get("/admin/staff/" + this.kari.id()).with(user(this.admin)))
			.andExpect(content().string(containsString("Brukeren er deaktivert. Deltakerne står på seksjonslederens")))
			.andExpect(content().string(not(containsString("Deaktiver likevel"))));

		this.mvc.perform(get("/participants").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 deltakere i seksjonen din må få ny booppfølger.")));
		this.mvc.perform(get("/participants/to-reassign").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Åse Primær")))
			.andExpect(content().string(containsString("Per Primær")))
			.andExpect(content().string(containsString("Sara Sekundær")))
			.andExpect(content().string(containsString("Bo Teamb")))
			.andExpect(content().string(containsString("(deaktivert)")))
			.andExpect(content().string(containsString(">4 deltakere<")))
			.andExpect(
					content().string(containsString("/participants/" + this.asPrimary1 + "/assign?from=to-reassign")))
			.andExpect(content().string(not(containsString("Elin Avsluttet"))))
			.andExpect(content().string(not(containsString("Nora Annenseksjon"))));
		// The other section's leader sees only their own section.
		this.mvc.perform(get("/participants/to-reassign").with(user(this.otherLeader)))
			.andExpect(content().string(containsString("Nora Annenseksjon")))
			.andExpect(content().string(not(containsString("Åse Primær"))));
	}

	@Test
	void reassigningFromTheListGoesBackToItWithoutThatParticipant() throws Exception {
		this.directory.deactivate(this.kari.id(), "test");
		this.mvc.perform(get("/participants/" + this.asPrimary1 + "/assign?from=to-reassign").with(user(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"from\" value=\"to-reassign\"")));
		// Bad input first: no primary caseworker chosen. Refused, nothing saved.
		this.mvc
			.perform(post("/participants/" + this.asPrimary1 + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leader))
				.param("teamId", String.valueOf(this.teamA))
				.param("primaryCaseworkerId", "")
				.param("version", "0")
				.param("from", "to-reassign"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"from\" value=\"to-reassign\"")));
		assertThat(primaryOf(this.asPrimary1)).isEqualTo(this.kari.id());
		this.mvc
			.perform(post("/participants/" + this.asPrimary1 + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leader))
				.param("teamId", String.valueOf(this.teamA))
				.param("primaryCaseworkerId", String.valueOf(this.ola.id()))
				.param("version", "0")
				.param("from", "to-reassign"))
			.andExpect(redirectedUrl("/participants/to-reassign"));
		assertThat(primaryOf(this.asPrimary1)).isEqualTo(this.ola.id());
		this.mvc.perform(get("/participants/to-reassign").with(user(this.leader)))
			.andExpect(content().string(not(containsString("Åse Primær"))))
			.andExpect(content().string(containsString(">3 deltakere<")));
		// Without "from", the page goes back to the participant as before; an unknown
		// "from" is no way to send the leader elsewhere.
		this.mvc
			.perform(post("/participants/" + this.asPrimary2 + "/assign").with(csrf())
				.param("reason", "Omfordeling")
				.with(user(this.leader))
				.param("teamId", String.valueOf(this.teamA))
				.param("primaryCaseworkerId", String.valueOf(this.ola.id()))
				.param("version", "0")
				.param("from", "https://evil.example"))
			.andExpect(redirectedUrl("/participants/" + this.asPrimary2));
	}

	@Test
	void theListIsAuditedAsAListThatShowedParticipants() throws Exception {
		this.directory.deactivate(this.kari.id(), "test");
		int before = searches(this.leader);
		this.mvc.perform(get("/participants/to-reassign").with(user(this.leader))).andExpect(status().isOk());
		assertThat(searches(this.leader)).isEqualTo(before + 1);
	}

	@Test
	void aCaseworkerWhoLeftTheTeamOrCameBackIsWorkedOutFromTheStateAsItIs() throws Exception {
		this.mvc.perform(get("/participants/to-reassign").with(user(this.leader)))
			.andExpect(content().string(containsString("Alle aktive deltakere i seksjonen din har booppfølgere")));
		// Ola moves to team B: Sara, in team A, has him as primary.
		var ola = this.directory.get(this.ola.id());
		this.directory.update(this.ola.id(), new StaffChanges(ola.getVersion(), ola.getFullName(),
				Set.of(Role.CASEWORKER), Set.of(this.teamB), Set.of()), "test");
		this.mvc.perform(get("/participants/to-reassign").with(user(this.leader)))
			.andExpect(content().string(containsString("Sara Sekundær")))
			.andExpect(content().string(containsString("(ikke booppfølger i teamet)")))
			.andExpect(content().string(containsString(">1 deltaker<")));
		this.mvc.perform(get("/participants").with(user(this.leader)))
			.andExpect(content().string(containsString("1 deltaker i seksjonen din må få ny booppfølger.")));
		// Kari deactivated and reactivated: her participants come and go with her.
		this.directory.deactivate(this.kari.id(), "test");
		this.mvc.perform(get("/participants/to-reassign").with(user(this.leader)))
			.andExpect(content().string(containsString("Åse Primær")));
		this.directory.reactivate(this.kari.id(), "test");
		this.mvc.perform(get("/participants/to-reassign").with(user(this.leader)))
			.andExpect(content().string(not(containsString("Åse Primær"))));
	}

	@Test
	void caseworkersSeeNoNoticeOnTheirList() throws Exception {
		this.directory.deactivate(this.ola.id(), "test");
		this.mvc.perform(get("/participants").with(user(this.kari)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("må få ny booppfølger"))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CASEWORKER", "NAV", "HOUSING_OFFICER", "ADMIN" })
	void onlySectionLeadersReachTheList(Role role) throws Exception {
		this.mvc.perform(get("/participants/to-reassign").with(user(this.staff.withRole(role))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListNeedsALogin() throws Exception {
		this.mvc.perform(get("/participants/to-reassign")).andExpect(redirectedUrl("/login"));
	}

	private long primaryOf(long participant) {
		this.entityManager.flush();
		return this.jdbc.queryForObject("SELECT primary_caseworker_id FROM participant WHERE id = ?", Long.class,
				participant);
	}

	private int searches(CurrentUser actor) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'SEARCH' "
				+ "AND record_type = 'PARTICIPANT_LIST' AND outcome = 'ALLOWED'", Integer.class, actor.id());
	}

}
