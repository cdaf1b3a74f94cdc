package no.kommune.housingfirst.staff;

import java.util.List;

/**
 * A line on a person's home page from another module: a message key with its arguments,
 * and where to act on it.
 */
public record HomeNote(String messageKey, List<Object> args, String href) {

	public HomeNote {
		args = List.copyOf(args);
	}

}
