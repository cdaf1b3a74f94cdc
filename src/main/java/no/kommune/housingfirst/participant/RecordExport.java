package no.kommune.housingfirst.participant;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import java.sql.ResultSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generic shape of the participant's record export (GDPR art. 15 and 20): a part
 * holds entries, an entry holds labelled fields and its correction history, values are
 * typed (text, day, moment, number, yes/no, a choice, staff, money), so one template
 * prints every part and one writer turns every part into JSON. Modules build their part
 * with {@link Entry#of}; labels come from {@code export.field.<key>} and
 * {@code export.entry.<type>}, choices from {@code <prefix>.<CODE>}.
 */
public final class RecordExport {

	private RecordExport() {
	}

	/** What a value is, so the page and the JSON write it right. */
	public enum Kind {

		TEXT, DATE, MOMENT, NUMBER, YES_NO, CODE, CODES, STAFF, MONEY

	}

	/**
	 * One value. {@code raw}: a String (TEXT, CODE), LocalDate, Instant, Number, Boolean,
	 * List of codes, staff id (Long) or øre (Long); {@code prefix}: the message prefix of
	 * a choice's labels.
	 */
	public record Value(Kind kind, Object raw, String prefix) {

		public static Value text(String text) {
			return (text == null) ? null : new Value(Kind.TEXT, text, null);
		}

		public static Value date(LocalDate date) {
			return (date == null) ? null : new Value(Kind.DATE, date, null);
		}

		public static Value date(java.sql.Date date) {
			return (date == null) ? null : date(date.toLocalDate());
		}

		public static Value moment(Instant moment) {
			return (moment == null) ? null : new Value(Kind.MOMENT, moment, null);
		}

		public static Value moment(Timestamp moment) {
			return (moment == null) ? null : moment(moment.toInstant());
		}

		public static Value number(Number number) {
			return (number == null) ? null : new Value(Kind.NUMBER, number, null);
		}

		public static Value yesNo(Boolean yes) {
			return (yes == null) ? null : new Value(Kind.YES_NO, yes, null);
		}

		/** A choice stored by its code; labelled by {@code prefix.CODE}. */
		public static Value code(String prefix, Object code) {
			return (code == null) ? null : new Value(Kind.CODE, code.toString(), prefix);
		}

		/** Several choices, stored comma-separated or as a collection. */
		public static Value codes(String prefix, Object codes) {
			if (codes == null) {
				return null;
			}
			List<String> list = (codes instanceof Collection<?> many) ? many.stream().map(Object::toString).toList()
					: Arrays.stream(codes.toString().split(","))
						.map(String::strip)
						.filter((c) -> !c.isEmpty())
						.toList();
			return new Value(Kind.CODES, list, prefix);
		}

		public static Value staff(Long staffId) {
			return (staffId == null) ? null : new Value(Kind.STAFF, staffId, null);
		}

		public static Value staff(Object staffId) {
			return (staffId == null) ? null : staff(((Number) staffId).longValue());
		}

		/** An amount in øre; shown and written in kroner. */
		public static Value money(Long ore) {
			return (ore == null) ? null : new Value(Kind.MONEY, ore, null);
		}

		/**
		 * A value as a correction history stored it: a day (ISO or 01.12.2026) becomes a
		 * day, anything else stays text.
		 */
		public static Value stored(String text) {
			if (text == null) {
				return null;
			}
			for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
					DateTimeFormatter.ofPattern("dd.MM.yyyy"))) {
				try {
					return date(LocalDate.parse(text, format));
				}
				catch (DateTimeParseException ex) {
					// not a day in this form
				}
			}
			return text(text);
		}

		/** For the template: the amount in kroner. */
		public BigDecimal kroner() {
			return (this.kind == Kind.MONEY) ? BigDecimal.valueOf((Long) this.raw, 2) : null;
		}

	}

	/** A labelled value ({@code export.field.<key>}); the key is the JSON name. */
	public record Field(String key, Value value) {
	}

	/**
	 * One change in an entry's history: when, by whom (staff id), which field, old and
	 * new value, and the reason when one was given.
	 */
	public record Correction(Instant at, Long by, String field, Value oldValue, Value newValue, String reason) {
	}

	/**
	 * One thing the record holds (a visit, a bo-plan version, a lease): its type
	 * ({@code export.entry.<type>}), id, fields, corrections and the things that belong
	 * to it (a plan's goals, an offer's homes).
	 */
	public record Entry(String type, Long id, List<Field> fields, List<Correction> corrections, List<Entry> children) {

		public static Entry of(String type, Long id) {
			return new Entry(type, id, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		/** Adds a field, also when its value is empty: the JSON keeps every key. */
		public Entry with(String key, Value value) {
			this.fields.add(new Field(key, value));
			return this;
		}

		public Entry corrected(Correction correction) {
			this.corrections.add(correction);
			return this;
		}

		public Entry child(Entry child) {
			this.children.add(child);
			return this;
		}

		public Value value(String key) {
			return this.fields.stream().filter((f) -> f.key().equals(key)).map(Field::value).findFirst().orElse(null);
		}

	}

	/** One part of the document, as {@link RecordExportPart} contributed it. */
	public record Part(String key, String noteKey, List<Entry> entries) {
	}

	/**
	 * Reads a correction history in one query, by the entry it belongs to. The query
	 * names its columns {@code owner_id, at, by_id, field, old_value, new_value} and
	 * optionally {@code reason}; {@code typed} turns a stored value into a typed one for
	 * its field.
	 */
	public static Map<Long, List<Correction>> corrections(JdbcTemplate jdbc, String sql,
			BiFunction<String, String, Value> typed, Object... args) {
		Map<Long, List<Correction>> byOwner = new LinkedHashMap<>();
		jdbc.query(sql, (ResultSet row) -> {
			String field = row.getString("field");
			boolean hasReason = row.getMetaData().getColumnCount() > 6;
			byOwner.computeIfAbsent(row.getLong("owner_id"), (k) -> new ArrayList<>())
				.add(new Correction(row.getTimestamp("at").toInstant(), row.getLong("by_id"), field,
						typed.apply(field, row.getString("old_value")), typed.apply(field, row.getString("new_value")),
						hasReason ? row.getString("reason") : null));
		}, args);
		return byOwner;
	}

	/** Child entries grouped by the entry they belong to, in the order the rows came. */
	public static Map<Long, List<Entry>> byOwner(List<Map.Entry<Long, Entry>> rows) {
		Map<Long, List<Entry>> byOwner = new LinkedHashMap<>();
		rows.forEach((row) -> byOwner.computeIfAbsent(row.getKey(), (k) -> new ArrayList<>()).add(row.getValue()));
		return byOwner;
	}

	/** A stored history value as it is: days as days, the rest as text. */
	public static Value stored(String field, String raw) {
		return Value.stored(raw);
	}

}
