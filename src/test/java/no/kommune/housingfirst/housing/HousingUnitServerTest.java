package no.kommune.housingfirst.housing;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The unit register over real HTTP with a transaction per request: a registration sent
 * twice (one after the other, or both at once) makes one unit and both land on it; a unit
 * recorded and then corrected shows both changes in its history, newest first; the steps
 * of the way into a home are in the history too; and the history is append-only for the
 * application's database role.
 */
@ServerTest
class HousingUnitServerTest {

	static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([0-9a-f-]{36})\"");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@LocalServerPort
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	TestStaff staff;

	@Autowired
	TestHousing housing;

	@Autowired
	TestParticipants participants;

	@Autowired
	LoginThrottle throttle;

	Browserless browser;

	JdbcTemplate owner;

	@BeforeEach
	void setUp() {
		this.database.truncateAll();
		this.throttle.reset();
		this.staff.person("bolig", Set.of(Role.HOUSING_OFFICER), Set.of(), Set.of());
		this.housing.district("Havna");
		this.housing.district("Sentrum");
		this.browser = new Browserless(this.port);
		assertThat(this.browser.login("bolig", TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
	}

	@Test
	void theSameRegistrationSentTwiceMakesOneUnitAndBothLandOnIt() {
		Map<String, String> form = newForm("Fjordgata 3");
		HttpResponse<String> first = this.browser.post("/housing-units/new", form);
		HttpResponse<String> again = this.browser.post("/housing-units/new", form);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
		String unit = first.headers().firstValue("Location").orElseThrow();
		assertThat(unit).matches(".*/housing-units/\\d+");
		assertThat(again.headers().firstValue("Location")).contains(unit);
		assertThat(count()).isEqualTo(1);
		assertThat(this.browser.get(unit.replaceFirst("^https?://[^/]+", "")).body()).contains("Boligen er registrert.")
			.contains("Fjordgata 3");
		// A new form is a new registration.
		assertThat(this.browser.post("/housing-units/new", newForm("Fjordgata 5")).statusCode()).isEqualTo(302);
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void twoParallelPostsOfTheSameFormRegisterOneUnit() throws Exception {
		for (int round = 0; round < 5; round++) {
			Map<String, String> form = newForm("Samtidiggata " + round);
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				posts.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return this.browser.post("/housing-units/new", form);
				}));
			}
			start.countDown();
			List<String> locations = new ArrayList<>();
			for (CompletableFuture<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
				locations.add(response.headers().firstValue("Location").orElseThrow());
			}
			assertThat(locations.get(0)).as("both land on the same unit").isEqualTo(locations.get(1));
			assertThat(count()).isEqualTo(round + 1);
			assertThat(this.owner.queryForObject("SELECT count(*) FROM housing_unit_change WHERE field = 'registered'",
					Integer.class))
				.isEqualTo(round + 1);
		}
	}

	@Test
	void aUnitRecordedThenCorrectedShowsBothChangesNewestFirst() {
		LocalDate from = LocalDate.now(TimeConfiguration.OSLO).plusDays(10);
		String unit = this.browser.post("/housing-units/new", newForm("Rettegata 1"))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "");
		long id = Long.parseLong(unit.substring(unit.lastIndexOf('/') + 1));
		assertThat(this.browser.get(unit).statusCode()).isEqualTo(200);

		Map<String, String> recorded = details("Rettegata 1", "Havna", "9100", from.toString(), version(id));
		HttpResponse<String> first = this.browser.post(unit, recorded);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		int seen = version(id);
		Map<String, String> corrected = details("Rettegata 1", "Sentrum", "9100", from.toString(), seen);
		HttpResponse<String> second = this.browser.post(unit, corrected);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
		assertThat(version(id)).isGreaterThan(seen);

		// A second editor still holding the first version gets the conflict, not an
		// overwrite.
		HttpResponse<String> stale = this.browser.post(unit,
				details("Rettegata 1", "Havna", "7000", from.toString(), seen));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Noen andre har endret boligen").contains("value=\"7000\"");

		String page = this.browser.get(unit).body();
		int district = page.indexOf("<strong>Bydel</strong>");
		int rent = page.indexOf("<strong>Husleie per måned</strong>");
		int availableFrom = page.indexOf("<strong>Ledig fra</strong>");
		int registered = page.indexOf(">Registrert</div>");
		assertThat(page).contains("Endringer")
			.contains("av Test bolig")
			.contains("8 900 kr")
			.contains("9 100 kr")
			.contains(from.format(DAY))
			.contains("(tomt)")
			.contains("Havna")
			.contains("Sentrum");
		assertThat(district).as("the correction first").isPositive().isLessThan(rent);
		assertThat(rent).as("then the first change, in the form's order").isLessThan(availableFrom);
		assertThat(availableFrom).as("and the registration last").isLessThan(registered);
		assertThat(this.owner.queryForList("SELECT field FROM housing_unit_change WHERE unit_id = ? ORDER BY id",
				String.class, id))
			.containsExactly("registered", "monthlyRentKroner", "availableFrom", "district");
		assertThat(this.owner.queryForObject("SELECT monthly_rent_kroner FROM housing_unit WHERE id = ?", Integer.class,
				id))
			.isEqualTo(9100);
	}

	@Test
	void theWayIntoAHomeIsInTheUnitsHistory() {
		CurrentUser kari = this.staff.caseworker(this.staff.team(this.staff.section()));
		long participant = this.participants.aParticipant().includedOn(LocalDate.now().minusDays(20)).by(kari);
		long allocation = this.housing.allocate(kari, participant);
		long chosen = this.owner.queryForObject("SELECT unit_id FROM allocation WHERE id = ?", Long.class, allocation);
		long other = this.owner
			.queryForObject("SELECT unit_id FROM housing_offer_unit WHERE unit_id <> ? AND offer_id = "
					+ "(SELECT offer_id FROM allocation WHERE id = ?)", Long.class, chosen, allocation);
		String chosenPage = this.browser.get("/housing-units/" + chosen).body();
		assertThat(chosenPage).contains("Tildelt deltaker").contains("Tilbudt").contains("av " + kari.fullName());
		assertThat(this.owner.queryForList(
				"SELECT old_value || '>' || new_value FROM housing_unit_change WHERE unit_id = ? AND field = 'status' "
						+ "ORDER BY id",
				String.class, chosen))
			.containsExactly("AVAILABLE>OFFERED", "OFFERED>ALLOCATED");
		assertThat(this.owner.queryForList(
				"SELECT old_value || '>' || new_value FROM housing_unit_change WHERE unit_id = ? AND field = 'status' "
						+ "ORDER BY id",
				String.class, other))
			.as("the unit not chosen goes back")
			.containsExactly("AVAILABLE>OFFERED", "OFFERED>AVAILABLE");
	}

	@Test
	void theHistoryIsAppendOnlyForTheApplication() throws SQLException {
		this.browser.post("/housing-units/new", newForm("Låstgata 1"));
		assertThat(count()).isEqualTo(1);
		try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl(), DatabaseRoles.APP,
				DatabaseRoles.APP); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("UPDATE housing_unit_change SET new_value = 'x'"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("DELETE FROM housing_unit_change"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("TRUNCATE housing_unit_change")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
		assertThat(this.owner.queryForObject("SELECT count(*) FROM housing_unit_change", Integer.class)).isEqualTo(1);
	}

	/** The new-unit form as the page gives it (with its submission key), filled in. */
	private Map<String, String> newForm(String street) {
		String page = this.browser.get("/housing-units/new").body();
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).as("the form carries a submission key").isTrue();
		Map<String, String> form = details(street, "Havna", "8900", "", 0);
		form.put("key", key.group(1));
		return form;
	}

	private static Map<String, String> details(String street, String district, String rent, String availableFrom,
			int version) {
		Map<String, String> form = new HashMap<>();
		form.put("streetAddress", street);
		form.put("postcode", "8006");
		form.put("district", district);
		form.put("kind", "MUNICIPAL_RENTAL");
		form.put("rooms", "2");
		form.put("monthlyRentKroner", rent);
		form.put("availableFrom", availableFrom);
		form.put("version", String.valueOf(version));
		return form;
	}

	private int version(long id) {
		return this.owner.queryForObject("SELECT version FROM housing_unit WHERE id = ?", Integer.class, id);
	}

	private long count() {
		return this.owner.queryForObject("SELECT count(*) FROM housing_unit", Long.class);
	}

}
