package no.kommune.housingfirst.participant;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.support.Browserless;
import no.kommune.housingfirst.support.ErasureFixture;
import no.kommune.housingfirst.support.ServerTest;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestHousing;
import no.kommune.housingfirst.support.TestParticipants;
import no.kommune.housingfirst.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record export leaves nothing out: a participant with a text in every table the
 * erasure empties (the erasure's fixture, so both lists are the same), and every such
 * text the database holds about them is in the JSON file. A module that adds a text about
 * participants and forgets its export part fails here.
 */
@ServerTest
class RecordExportCompletenessServerTest {

	private static final String MARKER = "EXPMARK";

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

	@Test
	void everyTextTheDatabaseHoldsAboutThePersonIsInTheFile() throws Exception {
		this.database.truncateAll();
		JdbcTemplate owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				this.database.jdbcUrl(), DatabaseRoles.OWNER, DatabaseRoles.OWNER));
		long team = this.staff.team(this.staff.section());
		CurrentUser caseworker = this.staff.caseworker(team);
		long unit = this.housing.unit(TestStaff.unique("Eksportgata "), "Midtbyen", 8000);
		long participant = this.participants.aParticipant()
			.named("Deltaker " + MARKER)
			.includedOn(LocalDate.of(2019, 1, 2))
			.by(caseworker);
		new ErasureFixture(owner).fill(participant, caseworker.id(), team, unit, MARKER);

		List<String> texts = new ArrayList<>();
		for (Map.Entry<String, String> table : ErasureFixture.ROWS.entrySet()) {
			for (String text : owner.queryForList(
					"SELECT DISTINCT v.value FROM (" + table.getValue().replace(":p", "?")
							+ ") x, jsonb_each_text(to_jsonb(x.t)) v WHERE strpos(v.value, ?) > 0",
					String.class, participant, MARKER)) {
				texts.add(table.getKey() + ": " + text);
			}
		}
		assertThat(texts).as("the fixture's texts").hasSizeGreaterThan(20);

		Browserless browser = new Browserless(this.port);
		assertThat(browser.login(caseworker.getUsername(), TestStaff.PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> file = browser.get("/participants/" + participant + "/export.json");
		assertThat(file.statusCode()).isEqualTo(200);
		String json = file.body();
		assertThat(texts).allSatisfy(
				(text) -> assertThat(json).as("exported: " + text).contains(text.substring(text.indexOf(": ") + 2)));
	}

}
