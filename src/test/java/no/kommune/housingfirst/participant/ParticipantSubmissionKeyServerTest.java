package no.kommune.housingfirst.participant;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kommune.housingfirst.shared.TimeConfiguration;
import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission key that another team's participant already has (a copied form, a forged
 * post) is refused with a plain answer, never a 500: the form comes back with what was
 * typed and a new key, and sending that includes the person once.
 */
@ServerTest
class ParticipantSubmissionKeyServerTest {

	private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	LoginThrottle throttle;

	long teamA;

	long teamB;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		long section = this.staff.section();
		this.teamA = this.staff.team(section);
		this.teamB = this.staff.team(section);
		this.staff.person("anne", Set.of(Role.CASEWORKER), Set.of(this.teamA), Set.of());
		this.staff.person("bjorn", Set.of(Role.CASEWORKER), Set.of(this.teamB), Set.of());
	}

	@Test
	void aKeyAnotherTeamsParticipantHasGivesTheFormBackNotAnError() {
		String key = UUID.randomUUID().toString();
		Browserless anne = new Browserless(this.port);
		anne.login("anne", TestStaff.PASSWORD);
		anne.get("/participants/new");
		assertThat(anne.post("/participants/new", form(this.teamA, "anne", "Anne Sin Deltaker", key)).statusCode())
			.isEqualTo(302);

		Browserless bjorn = new Browserless(this.port);
		bjorn.login("bjorn", TestStaff.PASSWORD);
		bjorn.get("/participants/new");
		HttpResponse<String> refused = bjorn.post("/participants/new",
				form(this.teamB, "bjorn", "Bjørns Deltaker", key));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Skjemaet kunne ikke lagres slik det ble sendt")
			.contains("Bjørns Deltaker")
			.doesNotContain("Anne Sin Deltaker");
		assertThat(count("Bjørns Deltaker")).isZero();
		Matcher fresh = KEY.matcher(refused.body());
		assertThat(fresh.find()).isTrue();
		assertThat(fresh.group(1)).isNotEqualTo(key);

		// Sent again as it came back: included once, in Bjørn's team.
		HttpResponse<String> again = bjorn.post("/participants/new",
				form(this.teamB, "bjorn", "Bjørns Deltaker", fresh.group(1)));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location").orElseThrow()).matches(".*/participants/\\d+");
		assertThat(count("Bjørns Deltaker")).isOne();
		assertThat(count("Anne Sin Deltaker")).isOne();
	}

	private Map<String, String> form(long team, String username, String name, String key) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", name);
		fields.put("birthDate", "1979-04-01");
		fields.put("currentStay", "FRIENDS_SOFA");
		fields.put("monthsHomeless", "14");
		fields.put("guardianNeed", "UNCLEAR");
		fields.put("teamId", String.valueOf(team));
		fields.put("primaryCaseworkerId", String
			.valueOf(owner().queryForObject("SELECT id FROM staff_member WHERE username = ?", Long.class, username)));
		fields.put("includedOn", LocalDate.now(TimeConfiguration.OSLO).toString());
		fields.put("confirmDuplicate", "true");
		fields.put("key", key);
		return fields;
	}

	private long count(String name) {
		return owner().queryForObject("SELECT count(*) FROM participant WHERE full_name = ?", Long.class, name);
	}

	private JdbcTemplate owner() {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

}
