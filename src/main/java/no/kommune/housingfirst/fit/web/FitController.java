package no.kommune.housingfirst.fit.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.fit.FitDetails;
import no.kommune.housingfirst.fit.FitItem;
import no.kommune.housingfirst.fit.FitOverview;
import no.kommune.housingfirst.fit.FitRuleException;
import no.kommune.housingfirst.fit.FitService;
import no.kommune.housingfirst.fit.FitSessionView;
import no.kommune.housingfirst.fit.FitStart;
import no.kommune.housingfirst.participant.ParticipantAccess;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * The FIT tab (graph, table, alerts), the participant view the caseworker hands over on
 * the phone, and a session's page with its corrections. Post/Redirect/Get and the
 * submission key make every submission save at most once.
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/fit")
class FitController {

	private static final Logger log = LoggerFactory.getLogger(FitController.class);

	private final FitService fit;

	FitController(FitService fit) {
		this.fit = fit;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		FitOverview overview = this.fit.overview(user, id);
		model.addAttribute("header", overview.header());
		model.addAttribute("fit", overview);
		model.addAttribute("mayWrite",
				ParticipantAccess.mayWriteCaseContent(user, overview.header().teamId()) && !overview.header().exited());
		return "fit/overview";
	}

	/**
	 * The participant view: the two scales and nothing else, for the participant to fill
	 * in on the caseworker's phone.
	 */
	@GetMapping("/new")
	String participantView(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "visit", required = false) String visit, Model model) {
		Long visitId = null;
		if (!FormInput.isBlank(visit)) {
			try {
				visitId = Long.valueOf(visit.strip());
			}
			catch (NumberFormatException ex) {
				throw new NotFoundException("visit " + visit);
			}
		}
		FitStart start = this.fit.start(user, id, visitId);
		model.addAttribute("form", FitForm.fresh(start));
		return participantView(id, model);
	}

	@PostMapping("/new")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") FitForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FitDetails details = form.details(result);
		// A form without a usable key (tampered with, or from an old page) gets one.
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		if (!result.hasErrors()) {
			try {
				this.fit.record(user, id, key, details);
				redirect.addFlashAttribute("message", "fit.saved");
				return "redirect:/participants/" + id + "/fit";
			}
			catch (FitRuleException ex) {
				FormInput.reject(result, ex);
			}
			catch (DataAccessException | TransactionException ex) {
				// A parallel request with the same submission may have saved it: then
				// that counts.
				if (savedMeanwhile(id, key)) {
					redirect.addFlashAttribute("message", "fit.saved");
					return "redirect:/participants/" + id + "/fit";
				}
				log.warn("fit session not saved participant={} reason={}", id, ex.getClass().getSimpleName());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				result.reject("fit.form.notSaved");
				return participantView(id, model);
			}
		}
		// Shown again only to someone who may record here (else a 404 or 403, audited).
		this.fit.start(user, id, null);
		return participantView(id, model);
	}

	@GetMapping("/{sessionId:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			Model model) {
		FitSessionView view = this.fit.view(user, id, sessionId);
		model.addAttribute("header", view.header());
		model.addAttribute("fitSession", view);
		model.addAttribute("scales", FitItem.Scale.values());
		model.addAttribute("mayWrite", ParticipantAccess.mayWriteCaseContent(user, view.header().teamId()));
		return "fit/detail";
	}

	@GetMapping("/{sessionId:\\d+}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			Model model) {
		FitSessionView view = this.fit.view(user, id, sessionId);
		if (!ParticipantAccess.mayWriteCaseContent(user, view.header().teamId())) {
			throw new AccessDeniedException("fit session " + sessionId);
		}
		model.addAttribute("form", FitForm.of(view.details(), view.version()));
		return editView(view, model);
	}

	/**
	 * Corrects a session. A broken rule or a bad score is shown by its field; a page
	 * older than the session is the 409 page with what the user typed kept.
	 */
	@PostMapping("/{sessionId:\\d+}/edit")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long sessionId,
			@ModelAttribute("form") FitForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FitDetails details = form.details(result);
		if (!result.hasErrors() && FormSave.attempt(result, response,
				() -> this.fit.correct(user, id, sessionId, form.versionOrMinusOne(), details))) {
			redirect.addFlashAttribute("message", "fit.corrected");
			return "redirect:/participants/" + id + "/fit/" + sessionId;
		}
		FitSessionView view = this.fit.view(user, id, sessionId);
		if (!ParticipantAccess.mayWriteCaseContent(user, view.header().teamId())) {
			throw new AccessDeniedException("fit session " + sessionId);
		}
		if (response.getStatus() == HttpStatus.CONFLICT.value()) {
			// Sent again from here, the correction applies to the session as now shown.
			model.addAttribute("form", form.withVersion(view.version()));
			model.addAttribute("conflict", view.details());
		}
		return editView(view, model);
	}

	private static String editView(FitSessionView view, Model model) {
		model.addAttribute("header", view.header());
		model.addAttribute("fitSession", view);
		model.addAttribute("scales", FitItem.Scale.values());
		return "fit/edit";
	}

	private static String participantView(long participantId, Model model) {
		model.addAttribute("participantId", participantId);
		model.addAttribute("scales", FitItem.Scale.values());
		return "fit/participant-view";
	}

	private boolean savedMeanwhile(long participantId, UUID key) {
		try {
			return this.fit.findBySubmission(participantId, key).isPresent();
		}
		catch (DataAccessException | TransactionException ex) {
			return false;
		}
	}

}
