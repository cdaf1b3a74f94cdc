package no.kommune.housingfirst.support;

import no.kommune.housingfirst.shared.db.PostgresConnections;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points Boot at this context's own database: the application as the runtime role, Flyway
 * as the owner, exactly as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	static QueryCounter queryCounter() {
		return new QueryCounter();
	}

	@Bean
	TestDatabase testDatabase() {
		return TestPostgres.server().createDatabase();
	}

	@Bean
	JdbcConnectionDetails testJdbcConnectionDetails(TestDatabase database) {
		return PostgresConnections.runtime(database.jdbcUrl());
	}

	@Bean
	FlywayConnectionDetails testFlywayConnectionDetails(TestDatabase database) {
		return PostgresConnections.owner(database.jdbcUrl());
	}

	@Bean
	TestParticipants testParticipants(no.kommune.housingfirst.participant.ParticipantService service) {
		return new TestParticipants(service);
	}

	@Bean
	TestHousing testHousing(no.kommune.housingfirst.housing.HousingUnits units,
			no.kommune.housingfirst.housing.HousingOffers offers,
			no.kommune.housingfirst.housing.HousingTenancies tenancies,
			no.kommune.housingfirst.housing.Districts districts, TestStaff testStaff) {
		return new TestHousing(units, offers, tenancies, districts, testStaff);
	}

	@Bean
	TestStaff testStaff(no.kommune.housingfirst.staff.Organisation organisation,
			no.kommune.housingfirst.staff.StaffDirectory directory,
			no.kommune.housingfirst.staff.StaffAccounts accounts) {
		return new TestStaff(organisation, directory, accounts);
	}

}
