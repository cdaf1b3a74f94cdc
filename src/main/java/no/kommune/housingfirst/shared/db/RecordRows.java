package no.kommune.housingfirst.shared.db;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * Rows into a record by its components' names, like Spring's {@code DataClassRowMapper}
 * ({@code participantId} from {@code participant_id} or {@code participantid}), but with
 * the columns looked up once per result set instead of once per row and component.
 * Spring's mapper asks the driver for each camel-case name first, and the driver answers
 * a missing column with an exception (a message formatted, a stack filled in, the pool
 * asked whether the connection broke): for a dashboard's 4,000 rows, thousands of
 * exceptions a view. A component without a column fails loudly.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

	private final Constructor<T> constructor;

	private final String[] names;

	private final MethodParameter[] parameters;

	private final Class<?>[] types;

	/** The types, primitives as their wrappers: what a value read already is. */
	private final Class<?>[] boxed;

	private final SimpleTypeConverter converter = new SimpleTypeConverter();

	/** The result set the indexes were resolved for, and them, swapped together. */
	private volatile Resolved resolved;

	private record Resolved(ResultSet rows, int[] indexes) {
	}

	private RecordRows(Class<T> type) {
		this.constructor = BeanUtils.getResolvableConstructor(type);
		this.names = BeanUtils.getParameterNames(this.constructor);
		this.parameters = new MethodParameter[this.names.length];
		this.types = new Class<?>[this.names.length];
		this.boxed = new Class<?>[this.names.length];
		for (int i = 0; i < this.names.length; i++) {
			this.parameters[i] = new MethodParameter(this.constructor, i);
			this.types[i] = this.parameters[i].getParameterType();
			this.boxed[i] = ClassUtils.resolvePrimitiveIfNecessary(this.types[i]);
		}
		this.converter.setConversionService(DefaultConversionService.getSharedInstance());
	}

	/** A mapper into {@code type}; make one per query (it is cheap). */
	public static <T extends Record> RecordRows<T> of(Class<T> type) {
		return new RecordRows<>(type);
	}

	@Override
	public T mapRow(ResultSet rs, int rowNum) throws SQLException {
		Resolved current = this.resolved;
		if (current == null || current.rows() != rs) {
			current = new Resolved(rs, indexes(rs.getMetaData()));
			this.resolved = current;
		}
		Object[] args = new Object[this.names.length];
		for (int i = 0; i < args.length; i++) {
			Object value = JdbcUtils.getResultSetValue(rs, current.indexes()[i], this.types[i]);
			// Most values are of the component's type already; the converter (a
			// search through its converters per value) only for the others.
			args[i] = (value != null && this.boxed[i].isInstance(value)) ? value
					: this.converter.convertIfNecessary(value, this.types[i], this.parameters[i]);
		}
		return BeanUtils.instantiateClass(this.constructor, args);
	}

	private int[] indexes(ResultSetMetaData meta) throws SQLException {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = meta.getColumnCount(); i >= 1; i--) {
			// The first of two columns with one name wins, as with the driver's
			// findColumn.
			columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
		}
		int[] indexes = new int[this.names.length];
		for (int i = 0; i < indexes.length; i++) {
			String name = this.names[i];
			Integer index = columns.get(name.toLowerCase(Locale.ROOT));
			if (index == null) {
				index = columns.get(underscored(name));
			}
			if (index == null) {
				throw new InvalidDataAccessApiUsageException(
						"no column for " + this.constructor.getDeclaringClass().getSimpleName() + "." + name + " among "
								+ columns.keySet());
			}
			indexes[i] = index;
		}
		return indexes;
	}

	/** {@code participantId} as {@code participant_id}. */
	static String underscored(String name) {
		StringBuilder result = new StringBuilder(name.length() + 4);
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c)) {
				result.append('_').append(Character.toLowerCase(c));
			}
			else {
				result.append(c);
			}
		}
		return result.toString();
	}

}
