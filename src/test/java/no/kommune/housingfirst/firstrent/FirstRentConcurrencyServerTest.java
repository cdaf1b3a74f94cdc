package no.kommune.housingfirst.firstrent;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two NAV officers confirming the same first rent at the same moment, over real HTTP with
 * real commits, twenty times: always exactly one confirmation, the other is told it was
 * already confirmed, and never a server error.
 */
@ServerTest
class FirstRentConcurrencyServerTest {

	static final int ROUNDS = 20;

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
	void twoConfirmationsAtOnceGiveExactlyOne() throws Exception {
		this.database.truncateAll();
		this.throttle.reset();
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		this.staff.person("nav1", Set.of(Role.NAV), Set.of(), Set.of());
		this.staff.person("nav2", Set.of(Role.NAV), Set.of(), Set.of());
		LocalDate today = LocalDate.now(TimeConfiguration.OSLO);
		for (int i = 0; i < ROUNDS; i++) {
			this.housing.lease(kari, this.participants.aParticipant().by(kari), today.plusDays(i));
		}
		List<Long> tasks = this.jdbc.queryForList("SELECT id FROM first_rent_task ORDER BY id", Long.class);
		assertThat(tasks).hasSize(ROUNDS);
		Browserless first = officer("nav1");
		Browserless second = officer("nav2");

		for (long task : tasks) {
			first.get("/nav/first-rent/" + task);
			second.get("/nav/first-rent/" + task);
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
			for (Browserless officer : List.of(first, second)) {
				String reference = "REF-" + task + "-" + (officer == first ? "nav1" : "nav2");
				posts.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return officer.post("/nav/first-rent/" + task, Map.of("paidBy", "NAV", "paidOn", today.toString(),
							"amount", "8500", "reference", reference, "grant", "PENDING"));
				}));
			}
			start.countDown();
			int confirmed = 0;
			int told = 0;
			for (CompletableFuture<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get();
				if (response.statusCode() == 302) {
					confirmed++;
				}
				else {
					assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
					assertThat(response.body()).contains("allerede bekreftet");
					told++;
				}
			}
			assertThat(confirmed).as("round for task " + task).isEqualTo(1);
			assertThat(told).isEqualTo(1);
			String reference = this.jdbc.queryForObject("SELECT reference FROM first_rent_task WHERE id = ?",
					String.class, task);
			assertThat(reference).startsWith("REF-" + task + "-");
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_event WHERE record_type = 'FIRST_RENT' AND action = 'UPDATE' AND record_id = ?",
					Long.class, task))
				.isEqualTo(1);
		}
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM first_rent_task WHERE confirmed_at IS NULL", Long.class))
			.isZero();
	}

	private Browserless officer(String username) {
		Browserless browser = new Browserless(this.port);
		HttpResponse<String> login = browser.login(username, TestStaff.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		return browser;
	}

}
