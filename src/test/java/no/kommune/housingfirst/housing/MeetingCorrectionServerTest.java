package no.kommune.housingfirst.housing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.web.Dates;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation meeting recorded, then corrected, over real HTTP with a transaction per
 * request (MockMvc's one transaction hid a correction that always failed): the correction
 * saves, and a second editor still holding the first version gets the conflict page with
 * what they typed, not an overwrite.
 */
@ServerTest
class MeetingCorrectionServerTest {

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
	TestHousing housing;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMeetingIsRecordedThenCorrectedAndAStaleCorrectionIsAConflict() {
		this.database.truncateAll();
		this.throttle.reset();
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().includedOn(TODAY.minusDays(20)).by(kari);
		long allocation = this.housing.allocate(kari, participant);
		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(kari.getUsername(), TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		String meeting = "/participants/" + participant + "/housing/allocations/" + allocation + "/meeting";
		assertThat(browser.get(meeting).statusCode()).isEqualTo(200);

		HttpResponse<String> recorded = browser.post(meeting, form(0, "FOLLOW_UP_TEAM"));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		int version = version(allocation);

		HttpResponse<String> corrected = browser.post(meeting, form(version, "HOUSING_SERVICE"));
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
		assertThat(responsible(allocation)).isEqualTo("HOUSING_SERVICE");
		assertThat(version(allocation)).isGreaterThan(version);

		HttpResponse<String> stale = browser.post(meeting, form(version, "NAV"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har lagret endringer");
		assertThat(responsible(allocation)).isEqualTo("HOUSING_SERVICE");
	}

	@Test
	void aLeaseIsCorrectedTwiceWithItsHistoryAndNavsDueDayFollows() {
		this.database.truncateAll();
		this.throttle.reset();
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().includedOn(TODAY.minusDays(20)).by(kari);
		long tenancy = this.housing.lease(kari, participant, TODAY.plusDays(10));
		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(kari.getUsername(), TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		String lease = "/participants/" + participant + "/housing/tenancies/" + tenancy + "/lease";
		assertThat(browser.get(lease).body()).contains("Rett kontrakten");

		HttpResponse<String> first = browser.post(lease, lease(0, TODAY.plusDays(14), "9000"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		HttpResponse<String> second = browser.post(lease, lease(1, TODAY.plusDays(14), "9200"));
		assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
		assertThat(this.jdbc.queryForList(
				"SELECT field || ':' || old_value || '>' || new_value FROM tenancy_correction WHERE tenancy_id = ? ORDER BY id",
				String.class, tenancy))
			.containsExactly(
					"startsOn:" + Dates.DAY.format(TODAY.plusDays(10)) + ">" + Dates.DAY.format(TODAY.plusDays(14)),
					"endsOn:" + Dates.DAY.format(TODAY.plusDays(10).plusYears(5).minusDays(1)) + ">"
							+ Dates.DAY.format(TODAY.plusDays(14).plusYears(5).minusDays(1)),
					"monthlyRentKroner:8500>9000", "monthlyRentKroner:9000>9200");
		assertThat(this.jdbc.queryForObject("SELECT due_on FROM first_rent_task WHERE tenancy_id = ?",
				java.time.LocalDate.class, tenancy))
			.isEqualTo(TODAY.plusDays(14));
		assertThat(browser.get("/participants/" + participant + "/housing").body()).contains("4 rettelser",
				"8500 → 9000", "9000 → 9200", "Leiestart");
		// A second editor with the first version: a conflict, nothing overwritten.
		HttpResponse<String> stale = browser.post(lease, lease(0, TODAY.plusDays(14), "7000"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject("SELECT monthly_rent_kroner FROM tenancy WHERE id = ?", Integer.class,
				tenancy))
			.isEqualTo(9200);
	}

	private static Map<String, String> lease(int version, java.time.LocalDate start, String rent) {
		Map<String, String> form = new HashMap<>();
		form.put("version", String.valueOf(version));
		form.put("kind", "LEASE");
		form.put("startsOn", start.toString());
		form.put("term", "FIVE_YEARS");
		form.put("monthlyRentKroner", rent);
		form.put("landlord", "Trondheim kommune");
		form.put("deposit", "NAV_GUARANTEE");
		form.put("rentDeduction", "true");
		return form;
	}

	private Map<String, String> form(int version, String viewingBy) {
		Map<String, String> form = new HashMap<>();
		form.put("heldOn", TODAY.toString());
		form.put("team", "true");
		form.put("nav", "true");
		form.put("version", String.valueOf(version));
		form.put("responsible-VIEWING", viewingBy);
		form.put("done-VIEWING", "true");
		form.put("responsible-FIRST_RENT", "NAV");
		return form;
	}

	private int version(long allocation) {
		return this.jdbc.queryForObject("SELECT version FROM allocation WHERE id = ?", Integer.class, allocation);
	}

	private String responsible(long allocation) {
		return this.jdbc.queryForObject(
				"SELECT responsible FROM allocation_task WHERE allocation_id = ? AND task = 'VIEWING'", String.class,
				allocation);
	}

}
