package no.kommune.housingfirst.staff;

/** A username, section name or team name that is already in use. */
public class NameTakenException extends RuntimeException {

	public NameTakenException(String name) {
		super("Name already in use: " + name);
	}

}
