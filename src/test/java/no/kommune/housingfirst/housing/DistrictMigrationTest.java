package no.kommune.housingfirst.housing;

import java.util.UUID;

import javax.sql.DataSource;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.support.TestDatabase;
import no.kommune.housingfirst.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V011 on a database that already has units and wishes with free-text districts: every
 * district typed so far becomes one entry of the list (one per spelling that differs only
 * in case), units and wishes point at it, and the existing units get a submission key and
 * no "ledig fra" date.
 */
class DistrictMigrationTest {

	TestDatabase database;

	DataSource owner;

	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.database = TestPostgres.server().createDatabase();
		this.owner = new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER);
		this.jdbc = new JdbcTemplate(this.owner);
	}

	@AfterEach
	void tearDown() {
		this.database.destroy();
	}

	@Test
	void freeTextDistrictsBecomeTheMunicipalitysList() {
		migrate("10");
		this.jdbc.update("INSERT INTO section (name) VALUES ('Seksjon')");
		this.jdbc.update("INSERT INTO team (section_id, name) SELECT id, 'Team' FROM section");
		this.jdbc.update("INSERT INTO staff_member (username, full_name, password_hash) VALUES ('kari', 'Kari', 'x')");
		unit("Storgata 1", "Sentrum");
		unit("Storgata 2", "Sentrum");
		unit("Storgata 3", "sentrum");
		unit("Havnegata 1", "Havna");
		this.jdbc.update("""
				INSERT INTO participant (team_id, primary_caseworker_id, full_name, search_name, birth_date,
				    current_stay, months_homeless, guardian_need, status, included_on, active_since, created_by,
				    submission_key)
				SELECT t.id, s.id, 'Ola', 'ola', DATE '1980-01-01', 'STREET', 12, 'NO', 'INCLUDED', DATE '2026-01-01',
				       DATE '2026-01-01', s.id, gen_random_uuid()
				FROM team t, staff_member s""");
		this.jdbc.update("""
				INSERT INTO housing_wish (participant_id, districts, updated_by)
				SELECT p.id, ARRAY['sentrum', 'Havna', 'Sentrum', 'Fjellet'], p.created_by FROM participant p""");

		migrate("11");

		assertThat(this.jdbc.queryForList("SELECT name FROM district ORDER BY name", String.class))
			.as("one entry per district, in the spelling most units use")
			.containsExactly("Fjellet", "Havna", "Sentrum");
		assertThat(this.jdbc.queryForList("SELECT DISTINCT district FROM housing_unit ORDER BY 1", String.class))
			.containsExactly("Havna", "Sentrum");
		assertThat(this.jdbc.queryForObject("SELECT array_to_string(districts, '|') FROM housing_wish", String.class))
			.as("the wish keeps its order, once per district")
			.isEqualTo("Sentrum|Havna|Fjellet");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(DISTINCT submission_key) FROM housing_unit WHERE available_from IS NULL", Integer.class))
			.isEqualTo(4);
		assertThat(this.jdbc.queryForObject("SELECT bool_and(active) FROM district", Boolean.class)).isTrue();

		// From now on a unit's district is one of the list, and a rename reaches the
		// units.
		assertThatThrownBy(() -> unit("Fjordgata 1", "Atlantis")).isInstanceOf(DataIntegrityViolationException.class);
		this.jdbc.update("UPDATE district SET name = 'Sentrum nord' WHERE name = 'Sentrum'");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM housing_unit WHERE district = 'Sentrum nord'",
				Integer.class))
			.isEqualTo(3);
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM district WHERE name = 'Havna'"))
			.as("a district in use cannot be deleted")
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update("INSERT INTO district (name) VALUES ('havna')"))
			.as("one district whatever the case")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void unit(String street, String district) {
		boolean migrated = this.jdbc
			.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_name = 'housing_unit' "
					+ "AND column_name = 'submission_key'", Integer.class) > 0;
		this.jdbc.update(
				"INSERT INTO housing_unit (street_address, postcode, district, kind, rooms, "
						+ "monthly_rent_kroner, status, building_key" + (migrated ? ", submission_key" : "")
						+ ") VALUES (?, '8000', ?, 'MUNICIPAL_RENTAL', 2, 8000, 'AVAILABLE', ?"
						+ (migrated ? ", '" + UUID.randomUUID() + "'" : "") + ")",
				street, district, street.toLowerCase());
	}

	private void migrate(String target) {
		Flyway flyway = Flyway.configure()
			.dataSource(this.owner)
			.locations("classpath:db/migration")
			.placeholders(java.util.Map.of("app_role", DatabaseRoles.APP))
			.target(target)
			.load();
		assertThat(flyway.migrate().success).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT max(version::int) FROM flyway_schema_history WHERE success",
				Integer.class))
			.isEqualTo(Integer.parseInt(target));
	}

}
