package no.kommune.housingfirst.audit.web;

import java.time.LocalDate;

import no.kommune.housingfirst.audit.AuditEvent;
import no.kommune.housingfirst.audit.AuditFilter;
import no.kommune.housingfirst.audit.AuditTrail;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit log for administrators (all of it) and section leaders (their section's
 * participants), filtered by person, participant and period.
 */
@Controller
class AuditController {

	/** The filter as typed; every part optional. */
	record AuditSearchForm(String username, String participantId, String from, String to, String page) {
	}

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") AuditSearchForm form,
			BindingResult result, Model model) {
		FormInput in = new FormInput(result);
		String username = in.text("username", form.username(), false, 64);
		Long participantId = in.id("participantId", form.participantId(), false);
		LocalDate from = in.date("from", form.from(), false);
		LocalDate to = in.date("to", form.to(), false);
		int page = FormInput.page(form.page(), 100_000);
		if (from != null && to != null && to.isBefore(from)) {
			in.reject("to", "audit.filter.toBeforeFrom");
		}
		Page<AuditEvent> events = result.hasErrors() ? Page.empty()
				: this.trail.search(user, new AuditFilter(username, participantId, from, to), page);
		model.addAttribute("events", events);
		return "audit/list";
	}

}
