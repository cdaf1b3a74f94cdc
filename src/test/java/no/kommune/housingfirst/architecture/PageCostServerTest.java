package no.kommune.housingfirst.architecture;

import java.time.LocalDate;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.QueryCounter;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class PageCostServerTest {

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

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
	}

	@Test
	void print() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().includedOn(TODAY.minusDays(20)).by(kari);
		this.housing.lease(kari, participant, TODAY.plusDays(3));
		Browserless browser = new Browserless(this.port);
		browser.login(kari.getUsername(), TestStaff.PASSWORD);
		for (String path : new String[] { "/participants/" + participant, "/my-week", "/participants/" + participant,
				"/my-week" }) {
			QueryCounter.reset();
			assertThat(browser.get(path).statusCode()).isEqualTo(200);
			System.out.println("=== " + path + " " + QueryCounter.count());
			QueryCounter.texts().forEach((sql) -> System.out.println("  " + sql.replaceAll("\\s+", " ")));
		}
	}

}
