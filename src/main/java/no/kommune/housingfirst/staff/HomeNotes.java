package no.kommune.housingfirst.staff;

import java.util.List;

import no.kommune.housingfirst.shared.security.CurrentUser;

/**
 * Implemented by downstream modules: what waits for a person, shown on their home page
 * ("Dette venter på deg"). Counts and links only, never a participant's name: the home
 * page is not a read of anyone's record.
 */
public interface HomeNotes {

	List<HomeNote> notesFor(CurrentUser user);

}
