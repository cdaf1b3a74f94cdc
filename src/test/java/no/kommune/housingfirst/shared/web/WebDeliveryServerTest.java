package no.kommune.housingfirst.shared.web;

import java.net.http.HttpResponse;
import java.util.List;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How pages travel, over real HTTP: page links that keep the list's filters, and no page
 * before the first.
 */
@ServerTest
class WebDeliveryServerTest {

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

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
	void aNegativePageIsNotFound() {
		long team = this.staff.team(this.staff.section());
		CurrentUser caseworker = this.staff.caseworker(team);
		Browserless browser = new Browserless(this.port);
		browser.login(caseworker.getUsername(), TestStaff.PASSWORD);
		for (String path : List.of("/participants?page=-1", "/allocation-meetings?page=-1&x=1")) {
			HttpResponse<String> response = browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Siden finnes ikke");
		}
		assertThat(browser.get("/participants?page=0").statusCode()).isEqualTo(200);
		assertThat(browser.get("/participants?page=abc").statusCode()).isEqualTo(200);
	}

	@Test
	void pageLinksKeepTheFiltersAndAMissingPageIsNoLink() {
		for (int i = 0; i < 27; i++) {
			this.housing.unit(TestStaff.unique("Sidegata "), "Nedre Elvehavn", 8000);
		}
		this.housing.unit(TestStaff.unique("Annengata "), "Lade", 8000);
		CurrentUser officer = this.staff.withRole(Role.HOUSING_OFFICER);
		Browserless browser = new Browserless(this.port);
		browser.login(officer.getUsername(), TestStaff.PASSWORD);

		String first = browser.get("/housing-units?district=Nedre+Elvehavn&status=").body();
		assertThat(first).contains("href=\"/housing-units?district=Nedre+Elvehavn&amp;status=&amp;page=1\"")
			.contains("<span class=\"page-link\" aria-disabled=\"true\">Forrige</span>")
			.doesNotContain("page=-1");

		String second = browser.get("/housing-units?district=Nedre+Elvehavn&status=&page=1").body();
		assertThat(second).contains("href=\"/housing-units?district=Nedre+Elvehavn&amp;status=&amp;page=0\"")
			.contains("<span class=\"page-link\" aria-disabled=\"true\">Neste</span>")
			.contains("Side 2 av 2");
	}

}
