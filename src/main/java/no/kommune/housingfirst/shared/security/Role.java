package no.kommune.housingfirst.shared.security;

/**
 * What a staff member may do. A person may hold several roles. Labels come from the
 * message bundle under {@code Role.<NAME>}.
 */
public enum Role {

	CASEWORKER, SECTION_LEADER, NAV, HOUSING_OFFICER, ADMIN, CARETAKER;

	public String authority() {
		return "ROLE_" + name();
	}

}
