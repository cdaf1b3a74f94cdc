package no.kommune.housingfirst.participant;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people restricting the same record at the same moment, each with their own form
 * (their own submission key), over real HTTP with real commits: exactly one open period,
 * the other is told it is restricted already or gets the conflict page, never a server
 * error. The same for two section leaders lifting at once.
 */
@ServerTest
class RestrictionConcurrencyServerTest {

	static final int ROUNDS = 8;

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
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoRestrictionsAtOnceOpenOnePeriodAndTwoLiftsCloseIt() throws Exception {
		this.database.truncateAll();
		this.throttle.reset();
		long section = this.staff.section();
		long team = this.staff.team(section);
		CurrentUser anne = this.staff.person("anne", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("arne", Set.of(Role.CASEWORKER), Set.of(team), Set.of());
		this.staff.person("lise", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		this.staff.person("lars", Set.of(Role.SECTION_LEADER), Set.of(), Set.of(section));
		long participant = this.participants.aParticipant().named("Rita Samtidig").by(anne);
		String path = "/participants/" + participant;
		List<Browserless> caseworkers = List.of(login("anne"), login("arne"));
		List<Browserless> leaders = List.of(login("lise"), login("lars"));

		for (int round = 1; round <= ROUNDS; round++) {
			List<HttpResponse<String>> restricts = race(caseworkers, path + "/restrict", "Ønsket av deltakeren");
			int restricted = 0;
			for (HttpResponse<String> answer : restricts) {
				assertThat(answer.statusCode()).as(answer.body()).isIn(302, 409);
				if (answer.statusCode() == 302) {
					assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/participants");
				}
			}
			// Each caseworker's list says what happened to their send: one restricted it,
			// the other was told it is restricted already (or saw the conflict page).
			for (int i = 0; i < 2; i++) {
				if (restricts.get(i).statusCode() == 302) {
					String list = caseworkers.get(i).get("/participants").body();
					if (list.contains("Behandlingen er nå begrenset")) {
						restricted++;
					}
					else {
						assertThat(list).contains("allerede begrenset");
					}
				}
			}
			assertThat(restricted).as("round %d", round).isEqualTo(1);
			assertThat(count(
					"SELECT count(*) FROM participant_restriction WHERE participant_id = ? " + "AND lifted_at IS NULL",
					participant))
				.as("open periods, round %d", round)
				.isOne();
			assertThat(count("SELECT count(*) FROM participant_restriction WHERE participant_id = ?", participant))
				.isEqualTo(round);
			assertThat(this.jdbc.queryForObject("SELECT restricted FROM participant WHERE id = ?", Boolean.class,
					participant))
				.isTrue();

			List<HttpResponse<String>> lifts = race(leaders, path + "/lift-restriction", "Opplysningene er rettet");
			int lifted = 0;
			for (HttpResponse<String> answer : lifts) {
				if (answer.statusCode() == 302) {
					lifted++;
				}
				else {
					// Lost the race: the conflict page, or told it is not restricted.
					assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
					assertThat(answer.body()).containsAnyOf("ikke begrenset", "endret", "endringer");
				}
			}
			assertThat(lifted).as("round %d", round).isEqualTo(1);
			assertThat(count(
					"SELECT count(*) FROM participant_restriction WHERE participant_id = ? " + "AND lifted_at IS NULL",
					participant))
				.isZero();
			assertThat(this.jdbc.queryForObject("SELECT restricted FROM participant WHERE id = ?", Boolean.class,
					participant))
				.isFalse();
		}
		assertThat(count("SELECT count(*) FROM audit_event WHERE participant_id = ? AND record_type = 'RESTRICTION' "
				+ "AND action = 'RESTRICT' AND outcome = 'ALLOWED'", participant))
			.isEqualTo(ROUNDS);
		assertThat(count("SELECT count(*) FROM audit_event WHERE participant_id = ? AND record_type = 'RESTRICTION' "
				+ "AND action = 'LIFT_RESTRICTION' AND outcome = 'ALLOWED'", participant))
			.isEqualTo(ROUNDS);
	}

	/**
	 * Each person opens the form (their own submission key), then both send it at the
	 * same moment.
	 */
	private List<HttpResponse<String>> race(List<Browserless> people, String path, String text) throws Exception {
		List<Map<String, String>> forms = new ArrayList<>();
		for (Browserless person : people) {
			String body = person.get(path).body();
			forms.add(Map.of("text", text, "version", find(VERSION, body), "submissionKey", find(KEY, body)));
		}
		assertThat(forms.get(0).get("submissionKey")).isNotEqualTo(forms.get(1).get("submissionKey"));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			Browserless person = people.get(i);
			Map<String, String> form = forms.get(i);
			posts.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return person.post(path, form);
			}));
		}
		start.countDown();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> post : posts) {
			answers.add(post.get());
		}
		return answers;
	}

	private long count(String sql, long participant) {
		return this.jdbc.queryForObject(sql, Long.class, participant);
	}

	private Browserless login(String username) {
		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(username, TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		return browser;
	}

	private static String find(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

}
