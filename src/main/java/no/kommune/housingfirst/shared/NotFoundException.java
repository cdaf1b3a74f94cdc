package no.kommune.housingfirst.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something does not exist, or the user may not know that it exists: both answer 404, so
 * a denied record never confirms its own existence.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
