package no.kommune.housingfirst.participant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kommune.housingfirst.support.IntegrationTest;
import no.kommune.housingfirst.support.QueryCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notice providers' queries in one statement, on the real database: each query's rows
 * in its own order and types, a query two providers ask for run once, parameters shared
 * only when they mean the same, and nothing sent for no queries.
 */
@IntegrationTest
class NoticeStatementTest {

	enum Kind {

		CRISIS_PLACE, TEMPORARY_HOUSING

	}

	record Row(long id, LocalDate onDay, Kind kind, BigDecimal score, boolean flag, String note) {
	}

	record Count(long n) {
	}

	static final NoticeQuery<Row> ROWS = new NoticeQuery<>("""
			SELECT * FROM (VALUES (1, DATE '2026-01-02', 'CRISIS_PLACE', 12.5, TRUE, 'første'),
			                      (2, CAST(:day AS date), 'TEMPORARY_HOUSING', NULL, FALSE, NULL)) v
			                      (id, on_day, kind, score, flag, note)
			ORDER BY id DESC""", Map.of("day", LocalDate.of(2026, 12, 2)), Row.class);

	@Autowired
	NoticeStatement statement;

	@Test
	void eachQuerysRowsInItsOwnOrderAndTypesFromOneStatement() {
		NoticeQuery<Count> count = new NoticeQuery<>("SELECT count(*) AS n FROM generate_series(1, :n)", Map.of("n", 3),
				Count.class);
		NoticeQuery<Count> none = new NoticeQuery<>("SELECT 1 AS n WHERE FALSE", Map.of(), Count.class);
		QueryCounter.reset();
		NoticeRows rows = this.statement.fetch(List.of(ROWS, count, none, ROWS));
		assertThat(QueryCounter.count()).isOne();
		assertThat(rows.of(ROWS)).containsExactly(
				new Row(2, LocalDate.of(2026, 12, 2), Kind.TEMPORARY_HOUSING, null, false, null),
				new Row(1, LocalDate.of(2026, 1, 2), Kind.CRISIS_PLACE, new BigDecimal("12.5"), true, "første"));
		assertThat(rows.of(count)).containsExactly(new Count(3));
		assertThat(rows.of(none)).isEmpty();
		assertThat(this.statement.fetchOne(ROWS)).isEqualTo(rows.of(ROWS));
	}

	@Test
	void aParameterMayNotMeanTwoThings() {
		NoticeQuery<Count> other = new NoticeQuery<>("SELECT 1 AS n WHERE CAST(:day AS date) IS NOT NULL",
				Map.of("day", LocalDate.of(2025, 1, 1)), Count.class);
		assertThatThrownBy(() -> this.statement.fetch(List.of(ROWS, other)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("day");
	}

	@Test
	void nothingIsSentForNoQueriesAndAQueryNotRunHasNoRows() {
		QueryCounter.reset();
		NoticeRows rows = this.statement.fetch(List.of());
		assertThat(QueryCounter.count()).isZero();
		assertThatThrownBy(() -> rows.of(ROWS)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aColumnMissingFromTheQueryFailsLoudly() {
		NoticeQuery<Row> missing = new NoticeQuery<>(
				"SELECT 1 AS id, DATE '2026-01-02' AS on_day, 'CRISIS_PLACE' AS kind, TRUE AS flag, 'x' AS note",
				Map.of(), Row.class);
		assertThatThrownBy(() -> this.statement.fetch(List.of(missing))).isInstanceOf(RuntimeException.class);
	}

	@Test
	void aRowThatDoesNotFitItsRecordFailsLoudly() {
		NoticeQuery<Count> missing = new NoticeQuery<>("SELECT NULL::bigint AS n", Map.of(), Count.class);
		assertThatThrownBy(() -> this.statement.fetch(List.of(missing))).isInstanceOf(RuntimeException.class);
	}

}
