package no.kommune.housingfirst.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import no.kommune.housingfirst.shared.db.RecordRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the notice providers' queries ({@link NoticeQuery}) in one statement: each query's
 * rows come back as one JSON array in a column of a single row, in the order the query
 * gave them, and are read into the query's row records. The same query asked by two
 * providers is run once. Each module still owns its SQL; only the round trip is shared.
 */
@Component
@Transactional(readOnly = true)
public class NoticeStatement {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// json_agg writes every column, null ones as null: a column missing is a mistake.
		.enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	private final NamedParameterJdbcTemplate jdbc;

	NoticeStatement(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows of all these queries, fetched in one statement (none for no queries). */
	public NoticeRows fetch(Collection<NoticeQuery<?>> queries) {
		List<NoticeQuery<?>> distinct = new ArrayList<>(new LinkedHashSet<>(queries));
		Map<NoticeQuery<?>, List<?>> rows = new HashMap<>();
		if (!distinct.isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource();
			StringBuilder sql = new StringBuilder("SELECT ");
			for (int i = 0; i < distinct.size(); i++) {
				NoticeQuery<?> query = distinct.get(i);
				query.params().forEach((name, value) -> {
					if (params.hasValue(name) && !Objects.equals(params.getValue(name), value)) {
						throw new IllegalArgumentException("notice queries give parameter " + name
								+ " different values: prefix it with the module's name");
					}
					params.addValue(name, value);
				});
				sql.append((i > 0) ? ",\n" : "")
					.append("(SELECT coalesce(json_agg(q), '[]'::json) FROM (\n")
					.append(query.sql())
					.append("\n) q)::text AS r")
					.append(i);
			}
			this.jdbc.query(sql.toString(), params, (rs) -> {
				for (int i = 0; i < distinct.size(); i++) {
					rows.put(distinct.get(i), read(rs.getString("r" + i), distinct.get(i).rowType()));
				}
			});
		}
		return new NoticeRows() {
			@Override
			@SuppressWarnings("unchecked")
			public <R extends Record> List<R> of(NoticeQuery<R> query) {
				List<?> found = rows.get(query);
				if (found == null) {
					throw new IllegalArgumentException("this query was not run: " + query.sql());
				}
				return (List<R>) found;
			}
		};
	}

	/**
	 * The rows of one query on its own (for a caller that needs no notices with it): read
	 * straight from the result, column by column, into the same records.
	 */
	public <R extends Record> List<R> fetchOne(NoticeQuery<R> query) {
		return this.jdbc.query(query.sql(), new MapSqlParameterSource(query.params()), RecordRows.of(query.rowType()));
	}

	private static <R> List<R> read(String json, Class<R> type) {
		return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, type));
	}

}
