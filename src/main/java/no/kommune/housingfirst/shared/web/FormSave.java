package no.kommune.housingfirst.shared.web;

import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.StaleFormException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one place that turns what a save refused into what the user sees: a broken rule
 * next to its field (or over the form), a stale form as the 409 conflict page with the
 * input kept. Controllers call {@link #attempt} instead of repeating the catch blocks.
 */
public final class FormSave {

	private static final Logger log = LoggerFactory.getLogger(FormSave.class);

	/** Said when a save lost a race that no module named (an optimistic lock). */
	public static final String STALE = "form.stale";

	private FormSave() {
	}

	/**
	 * Runs the save. True when it went through; otherwise the errors say why and the
	 * caller renders the form again with what was typed.
	 */
	public static boolean attempt(Errors errors, HttpServletResponse response, Runnable save) {
		try {
			save.run();
			return true;
		}
		catch (BrokenRuleException ex) {
			FormInput.reject(errors, ex);
		}
		catch (StaleFormException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			errors.reject(ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			errors.reject(STALE);
		}
		return false;
	}

	/**
	 * Runs a one-button step answered on the page it came from (after a redirect): true
	 * when it went through, otherwise the reason is flashed as the page's problem.
	 */
	public static boolean attempt(RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			return true;
		}
		catch (BrokenRuleException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		catch (StaleFormException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", STALE);
		}
		return false;
	}

	/** How a save that keeps the input ended. */
	public enum Outcome {

		SAVED, REFUSED, NOT_SAVED;

		public boolean saved() {
			return this == SAVED;
		}

	}

	/**
	 * As {@link #attempt(Errors, HttpServletResponse, Runnable)}, and when the database
	 * cannot save: the form again with a 503 and {@code notSavedKey} over it, what was
	 * typed kept — unless a parallel send of the same submission got through
	 * ({@code savedMeanwhile}), which then counts as saved. {@code what} names the save
	 * in the log.
	 */
	public static Outcome attemptKeepingInput(String what, Errors errors, HttpServletResponse response, Runnable save,
			BooleanSupplier savedMeanwhile, String notSavedKey) {
		try {
			return attempt(errors, response, save) ? Outcome.SAVED : Outcome.REFUSED;
		}
		catch (DataAccessException | TransactionException ex) {
			if (savedMeanwhile(savedMeanwhile)) {
				return Outcome.SAVED;
			}
			log.warn("{} not saved reason={}", what, ex.getClass().getSimpleName());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			errors.reject(notSavedKey);
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
