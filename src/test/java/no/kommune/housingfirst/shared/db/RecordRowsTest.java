package no.kommune.housingfirst.shared.db;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows into records on real PostgreSQL: names with and without underscores, enums, dates,
 * decimals, nulls into boxed and primitive components, several rows from one lookup of
 * the columns, and a component without a column failing loudly.
 */
@IntegrationTest
class RecordRowsTest {

	record Row(long participantId, ExitReason reason, LocalDate movedIn, Integer maybe, boolean active,
			BigDecimal score, String name) {
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rowsBecomeRecordsByTheirComponentsNames() {
		List<Row> rows = this.jdbc.query("""
				SELECT g AS participant_id, 'MOVED_AWAY' AS reason, DATE '2026-01-31' + g AS moved_in,
				       CASE WHEN g = 2 THEN NULL ELSE g END AS maybe, g = 1 AS active, 12.5 AS score,
				       'Anna ' || g AS NAME
				FROM generate_series(1, 3) g ORDER BY g""", RecordRows.of(Row.class));
		assertThat(rows).containsExactly(
				new Row(1, ExitReason.MOVED_AWAY, LocalDate.of(2026, 2, 1), 1, true, new BigDecimal("12.5"), "Anna 1"),
				new Row(2, ExitReason.MOVED_AWAY, LocalDate.of(2026, 2, 2), null, false, new BigDecimal("12.5"),
						"Anna 2"),
				new Row(3, ExitReason.MOVED_AWAY, LocalDate.of(2026, 2, 3), 3, false, new BigDecimal("12.5"),
						"Anna 3"));
		// Without underscores too, as Spring's mapper reads them.
		assertThat(this.jdbc.query("""
				SELECT 7 AS participantid, NULL AS reason, NULL::date AS movedin, 1 AS maybe, TRUE AS active,
				       NULL::numeric AS score, NULL AS name""", RecordRows.of(Row.class)))
			.containsExactly(new Row(7, null, null, 1, true, null, null));
	}

	@Test
	void theColumnsAreLookedUpOncePerResultNotPerRow() {
		RecordRows<Row> mapper = RecordRows.of(Row.class);
		AtomicInteger lookups = new AtomicInteger();
		List<Row> rows = new ArrayList<>();
		this.jdbc.query("""
				SELECT g AS participant_id, 'DECEASED' AS reason, NULL::date AS moved_in, g AS maybe, FALSE AS active,
				       1 AS score, 'x' AS name FROM generate_series(1, 50) g""", (ResultSet rs) -> {
			ResultSet counted = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { ResultSet.class }, (proxy, method, args) -> {
						if (method.getName().equals("findColumn") || method.getName().equals("getMetaData")) {
							lookups.incrementAndGet();
						}
						return method.invoke(rs, args);
					});
			while (rs.next()) {
				rows.add(mapper.mapRow(counted, rows.size()));
			}
			return null;
		});
		assertThat(rows).hasSize(50);
		assertThat(rows.get(49).maybe()).isEqualTo(50);
		assertThat(lookups).hasValue(1);
	}

	@Test
	void aComponentWithoutAColumnFailsLoudly() {
		assertThatThrownBy(() -> this.jdbc.query("SELECT 1 AS participant_id", RecordRows.of(Row.class)))
			.isInstanceOf(InvalidDataAccessApiUsageException.class)
			.hasMessageContaining("Row.reason");
		assertThat(RecordRows.underscored("afterTwelveMonths")).isEqualTo("after_twelve_months");
	}

}
