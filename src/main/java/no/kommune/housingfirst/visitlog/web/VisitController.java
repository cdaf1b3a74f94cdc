package no.kommune.housingfirst.visitlog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.participant.ParticipantHeader;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import no.kommune.housingfirst.visitlog.Concern;
import no.kommune.housingfirst.visitlog.HomeCondition;
import no.kommune.housingfirst.visitlog.NoContactReason;
import no.kommune.housingfirst.visitlog.PracticalHelp;
import no.kommune.housingfirst.visitlog.StaleVisitException;
import no.kommune.housingfirst.visitlog.VisitDetails;
import no.kommune.housingfirst.visitlog.VisitKind;
import no.kommune.housingfirst.visitlog.VisitRuleException;
import no.kommune.housingfirst.visitlog.VisitService;
import no.kommune.housingfirst.visitlog.VisitView;
import no.kommune.housingfirst.visitlog.VoidReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a visit (quick, from a phone), correcting or voiding it, and the participant's
 * visits by week. Post/Redirect/Get and the submission key make every submission save at
 * most once; when the database cannot save, the user keeps what they typed and can simply
 * send it again.
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/visits")
class VisitController {

	private static final Logger log = LoggerFactory.getLogger(VisitController.class);

	private final VisitService visits;

	private final Clock clock;

	VisitController(VisitService visits, Clock clock) {
		this.visits = visits;
		this.clock = clock;
	}

	@GetMapping
	String history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		ParticipantHeader header = this.visits.header(user, id);
		int number = parsePage(page);
		model.addAttribute("header", header);
		model.addAttribute("weeks", this.visits.history(user, header, number));
		model.addAttribute("page", number);
		return "visitlog/history";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "date", required = false) String date, Model model) {
		// A date suggested by the link (a past week in Min uke); never one in the future.
		LocalDate today = LocalDate.now(this.clock);
		LocalDate suggested = FormInput.parseDate(date);
		LocalDate day = (suggested == null || suggested.isAfter(today)) ? today : suggested;
		model.addAttribute("form", VisitForm.fresh(day, "my-week".equals(from) ? from : null));
		return formView(this.visits.header(user, id), id, model);
	}

	@PostMapping("/new")
	String log(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") VisitForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		VisitDetails details = form.details(result);
		// A form without a usable key (tampered with, or from an old page) gets one of
		// its own.
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		if (!result.hasErrors()) {
			try {
				long visitId = this.visits.log(user, id, key, details);
				// FIT is often filled in at the visit: the next page offers it for this
				// one.
				redirect.addFlashAttribute("fitAfterVisit", "/participants/" + id + "/fit/new?visit=" + visitId);
				return saved(id, form, redirect);
			}
			catch (VisitRuleException ex) {
				FormInput.reject(result, ex);
			}
			catch (DataAccessException | TransactionException ex) {
				// A parallel request with the same submission may have saved it: then
				// that counts.
				if (savedMeanwhile(id, key)) {
					return saved(id, form, redirect);
				}
				log.warn("visit not saved participant={} reason={}", id, ex.getClass().getSimpleName());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				result.reject("visitlog.form.notSaved");
				return formView(null, id, model);
			}
		}
		return formView(this.visits.header(user, id), id, model);
	}

	@GetMapping("/{visitId:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long visitId,
			Model model) {
		VisitView view = this.visits.view(user, id, visitId);
		model.addAttribute("form", VoidForm.of(view.version()));
		return detailView(view, model);
	}

	/**
	 * Voids the visit from its page. A broken rule or a missing reason is shown on the
	 * page; a page older than the visit is the 409 page with the visit as it is now and
	 * what the user chose kept.
	 */
	@PostMapping("/{visitId:\\d+}/void")
	String voidVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long visitId,
			@ModelAttribute("form") VoidForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		VoidForm.Voiding voiding = form.voiding(result);
		if (!result.hasErrors() && FormSave.attempt(result, response, () -> this.visits.voidVisit(user, id, visitId,
				form.versionOrMinusOne(), voiding.reason(), voiding.comment()))) {
			redirect.addFlashAttribute("message", "visitlog.voided");
			return "redirect:/participants/" + id + "/visits/" + visitId;
		}
		VisitView view = this.visits.view(user, id, visitId);
		if (response.getStatus() == HttpStatus.CONFLICT.value()) {
			// Sent again from here, the void applies to the visit as it is now shown.
			model.addAttribute("form", form.withVersion(view.version()));
			model.addAttribute("voidConflict", true);
		}
		return detailView(view, model);
	}

	@GetMapping("/{visitId:\\d+}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long visitId,
			Model model, RedirectAttributes redirect) {
		VisitView view = this.visits.view(user, id, visitId);
		if (view.voided()) {
			redirect.addFlashAttribute("problem", "visitlog.rule.voided");
			return "redirect:/participants/" + id + "/visits/" + visitId;
		}
		model.addAttribute("form", VisitForm.of(view.details(), view.version()));
		model.addAttribute("visitId", visitId);
		return formView(view.header(), id, model);
	}

	@PostMapping("/{visitId:\\d+}/edit")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long visitId,
			@ModelAttribute("form") VisitForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		VisitDetails details = form.details(result);
		if (!result.hasErrors()) {
			try {
				this.visits.correct(user, id, visitId, form.versionOrMinusOne(), details);
				redirect.addFlashAttribute("message", "visitlog.corrected");
				return "redirect:/participants/" + id + "/visits/" + visitId;
			}
			catch (VisitRuleException ex) {
				FormInput.reject(result, ex);
			}
			catch (StaleVisitException | ObjectOptimisticLockingFailureException ex) {
				VisitView current = this.visits.view(user, id, visitId);
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("form", form.withVersion(current.version()));
				model.addAttribute("conflict", current.details());
			}
			catch (DataAccessException | TransactionException ex) {
				log.warn("visit correction not saved participant={} reason={}", id, ex.getClass().getSimpleName());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				result.reject("visitlog.form.notSaved");
				model.addAttribute("visitId", visitId);
				return formView(null, id, model);
			}
		}
		model.addAttribute("visitId", visitId);
		return formView(this.visits.header(user, id), id, model);
	}

	private static String detailView(VisitView view, Model model) {
		model.addAttribute("header", view.header());
		model.addAttribute("visit", view);
		model.addAttribute("voidReasons", VoidReason.values());
		return "visitlog/detail";
	}

	private boolean savedMeanwhile(long participantId, UUID key) {
		try {
			return this.visits.findBySubmission(participantId, key).isPresent();
		}
		catch (DataAccessException | TransactionException ex) {
			return false;
		}
	}

	private static String saved(long id, VisitForm form, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "visitlog.saved");
		return form.fromMyWeek() ? "redirect:/my-week" : "redirect:/participants/" + id + "/visits";
	}

	/** The form; without a header when the database could not be reached to make one. */
	private static String formView(ParticipantHeader header, long participantId, Model model) {
		model.addAttribute("header", header);
		model.addAttribute("participantId", participantId);
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("noContactReasons", NoContactReason.values());
		model.addAttribute("conditions", HomeCondition.values());
		model.addAttribute("concernOptions", Concern.values());
		model.addAttribute("helpOptions", PracticalHelp.values());
		return "visitlog/form";
	}

	static int parsePage(String page) {
		return FormInput.page(page, 1000);
	}

}
