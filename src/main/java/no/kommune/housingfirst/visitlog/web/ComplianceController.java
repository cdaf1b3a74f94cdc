package no.kommune.housingfirst.visitlog.web;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.visitlog.VisitCompliance;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Visit compliance for the section leader's teams: the last twelve complete weeks. */
@Controller
class ComplianceController {

	private final VisitCompliance compliance;

	ComplianceController(VisitCompliance compliance) {
		this.compliance = compliance;
	}

	@GetMapping("/visits/compliance")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("report", this.compliance.report(user));
		return "visitlog/compliance";
	}

}
