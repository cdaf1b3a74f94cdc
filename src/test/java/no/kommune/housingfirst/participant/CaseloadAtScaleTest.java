package no.kommune.housingfirst.participant;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.kommune.housingfirst.shared.db.DatabaseRoles;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.QueryCounter;
import no.kommune.housingfirst.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50,000 participants in 100 teams with 1,000 caseworkers: a caseworker's list and
 * searches use indexes (no sequential scan of the participant table) and cost the same
 * few queries for any page.
 */
@IntegrationTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadAtScaleTest {

	@Autowired
	TestDatabase database;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	JdbcTemplate owner;

	List<Long> teams;

	List<Long> staff;

	@BeforeAll
	void fiftyThousandParticipants() {
		this.owner = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.jdbcUrl(),
				DatabaseRoles.OWNER, DatabaseRoles.OWNER));
		Long section = this.owner.queryForObject("INSERT INTO section (name) VALUES (?) RETURNING id", Long.class,
				"Skala " + this.tag);
		this.owner.update("INSERT INTO team (section_id, name) SELECT ?, ? || g FROM generate_series(1, 100) g",
				section, "Skala " + this.tag + " team ");
		this.teams = this.owner.queryForList("SELECT id FROM team WHERE section_id = ? ORDER BY id", Long.class,
				section);
		this.owner.update(
				"INSERT INTO staff_member (username, full_name, password_hash) "
						+ "SELECT ? || g, 'Skala Ansatt ' || g, 'not-a-login' FROM generate_series(1, 1000) g",
				"skala" + this.tag + "_");
		this.staff = this.owner.queryForList("SELECT id FROM staff_member WHERE username LIKE ? ORDER BY id",
				Long.class, "skala" + this.tag + "\\_%");
		this.owner.update(
				"""
						INSERT INTO participant (team_id, primary_caseworker_id, full_name, search_name, birth_date,
						    current_stay, months_homeless, guardian_need, status, included_on, active_since, created_by, submission_key)
						SELECT t.ids[1 + g % 100], s.ids[1 + (g / 100) % 1000], 'Person ' || g || ' Skala', 'person ' || g || ' skala',
						       date '1950-01-01' + (g % 20000), 'STREET', g % 100, 'NO',
						       (ARRAY['INCLUDED', 'HOUSED', 'HOUSED'])[1 + g % 3], date '2023-01-01' + (g % 1000),
						     date '2023-01-01' + (g % 1000), s.ids[1],
						     gen_random_uuid()
						FROM generate_series(1, 50000) g,
						     (SELECT ?::bigint[] AS ids) t, (SELECT ?::bigint[] AS ids) s""",
				this.teams.toArray(Long[]::new), this.staff.toArray(Long[]::new));
		this.owner.execute("ANALYZE participant");
	}

	@AfterAll
	void cleanUp() {
		this.owner.update("DELETE FROM participant WHERE team_id = ANY (?)", (Object) this.teams.toArray(Long[]::new));
		this.owner.update("DELETE FROM staff_member WHERE id = ANY (?)", (Object) this.staff.toArray(Long[]::new));
		this.owner.update("DELETE FROM team WHERE id = ANY (?)", (Object) this.teams.toArray(Long[]::new));
		this.owner.update("DELETE FROM section WHERE name = ?", "Skala " + this.tag);
	}

	@Test
	void aCaseworkersListAndSearchesUseIndexes() {
		CurrentUser caseworker = caseworker();
		for (ParticipantSearch search : List.of(ParticipantSearch.firstPage(),
				new ParticipantSearch("person 12", null, null, null, ParticipantSearch.Sort.INCLUDED, true, 3),
				new ParticipantSearch("skala", ParticipantStatus.HOUSED, null, null, ParticipantSearch.Sort.NAME, false,
						0),
				new ParticipantSearch("02.05.1970", null, null, null, null, false, 0))) {
			ParticipantDirectory.Query query = this.directory.query(caseworker, search,
					ParticipantAccess.visibleTeams(caseworker));
			for (String sql : List.of(query.countSql(),
					query.pageSql(org.springframework.data.domain.PageRequest.of(search.page(), 25)))) {
				String plan = String.join("\n", this.jdbc.queryForList("EXPLAIN " + sql, query.params(), String.class));
				assertThat(plan).as(sql).doesNotContain("Seq Scan on participant").contains("participant_team_");
			}
		}
	}

	@Test
	void aPageCostsTheSameFewQueriesWhateverItShows() {
		CurrentUser caseworker = caseworker();
		QueryCounter.reset();
		Page<ParticipantRow> page = this.directory.page(caseworker, ParticipantSearch.firstPage());
		int first = QueryCounter.count();
		assertThat(page.getContent()).hasSize(25);
		assertThat(page.getTotalElements()).isEqualTo(500);
		assertThat(page.getContent()).extracting(ParticipantRow::primaryCaseworkerName).doesNotContainNull();
		assertThat(page.getContent().stream().map(ParticipantRow::primaryCaseworkerName).distinct().count())
			.as("many different caseworkers on one page")
			.isGreaterThan(5);
		assertThat(first).isLessThanOrEqualTo(6);

		QueryCounter.reset();
		this.directory.page(caseworker,
				new ParticipantSearch(null, null, null, null, ParticipantSearch.Sort.BIRTH_DATE, true, 7));
		assertThat(QueryCounter.count()).isEqualTo(first);
	}

	private CurrentUser caseworker() {
		return new CurrentUser(this.staff.get(0), "skala", "Skala", null, true, false, Set.of(Role.CASEWORKER),
				Set.of(this.teams.get(0)), Set.of(), Set.of());
	}

}
