package no.kommune.housingfirst.boplan.web;

import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.web.FormSave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.Errors;

/**
 * A save on the bo-plan pages that never loses what was typed: a broken rule or a stale
 * form as {@link FormSave} answers them, and when the database cannot save, the form
 * again with a 503 and "ikke lagret" — unless a parallel send of the same submission got
 * through, which then counts as saved.
 */
final class KeptOnFailure {

	private static final Logger log = LoggerFactory.getLogger(KeptOnFailure.class);

	/** How a save ended. */
	enum Outcome {

		SAVED, REFUSED, NOT_SAVED;

		boolean saved() {
			return this == SAVED;
		}

	}

	private KeptOnFailure() {
	}

	static Outcome save(String what, Errors errors, HttpServletResponse response, Runnable save,
			BooleanSupplier savedMeanwhile) {
		try {
			return FormSave.attempt(errors, response, save) ? Outcome.SAVED : Outcome.REFUSED;
		}
		catch (DataAccessException | TransactionException ex) {
			if (savedMeanwhile(savedMeanwhile)) {
				return Outcome.SAVED;
			}
			log.warn("{} not saved reason={}", what, ex.getClass().getSimpleName());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			errors.reject("boplan.form.notSaved");
			return Outcome.NOT_SAVED;
		}
	}

	private static boolean savedMeanwhile(BooleanSupplier check) {
		try {
			return check.getAsBoolean();
		}
		catch (DataAccessException | TransactionException ex) {
			return false;
		}
	}

}
