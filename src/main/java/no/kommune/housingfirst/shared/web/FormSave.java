package no.kommune.housingfirst.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.BrokenRuleException;
import no.kommune.housingfirst.shared.StaleFormException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one place that turns what a save refused into what the user sees: a broken rule
 * next to its field (or over the form), a stale form as the 409 conflict page with the
 * input kept. Controllers call {@link #attempt} instead of repeating the catch blocks.
 */
public final class FormSave {

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

}
