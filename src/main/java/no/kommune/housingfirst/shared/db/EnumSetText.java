package no.kommune.housingfirst.shared.db;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a small set of enum values as sorted comma-separated names in one column. A
 * module subclasses it once per enum type, annotated with
 * {@link jakarta.persistence.Converter}.
 */
public abstract class EnumSetText<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	protected EnumSetText(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		return (values == null) ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Set.copyOf(Arrays.stream(text.split(","))
			.map((name) -> Enum.valueOf(this.type, name))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(this.type))));
	}

}
