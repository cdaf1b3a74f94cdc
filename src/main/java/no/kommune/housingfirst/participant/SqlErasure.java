package no.kommune.housingfirst.participant;

import java.sql.ResultSetMetaData;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A module's {@link PersonalDataErasure} as SQL, the participants as {@code :ids}: one
 * query whose one row counts what would be erased, each column named by its kind (its
 * message key, quoted: {@code AS "erasure.kind.visit.notes"}); and the statements that
 * erase, in order ({@code SELECT} for a database function).
 */
public abstract class SqlErasure implements PersonalDataErasure {

	private final NamedParameterJdbcTemplate jdbc;

	private final String counts;

	private final List<String> statements;

	protected SqlErasure(NamedParameterJdbcTemplate jdbc, String counts, String... statements) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.statements = List.of(statements);
	}

	@Override
	public final Map<String, Integer> wouldErase(Collection<Long> participantIds) {
		Map<String, Integer> counted = new LinkedHashMap<>();
		if (participantIds.isEmpty()) {
			return counted;
		}
		RowCallbackHandler row = (rs) -> {
			ResultSetMetaData columns = rs.getMetaData();
			for (int i = 1; i <= columns.getColumnCount(); i++) {
				counted.put(columns.getColumnLabel(i), rs.getInt(i));
			}
		};
		this.jdbc.query(this.counts, new MapSqlParameterSource("ids", participantIds), row);
		return counted;
	}

	@Override
	public final void erase(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return;
		}
		MapSqlParameterSource ids = new MapSqlParameterSource("ids", participantIds);
		for (String statement : this.statements) {
			if (statement.strip().startsWith("SELECT")) {
				this.jdbc.queryForList(statement, ids);
			}
			else {
				this.jdbc.update(statement, ids);
			}
		}
	}

}
