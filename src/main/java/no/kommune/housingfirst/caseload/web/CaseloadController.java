package no.kommune.housingfirst.caseload.web;

import no.kommune.housingfirst.caseload.CaseloadDashboard;
import no.kommune.housingfirst.caseload.CaseloadExport;
import no.kommune.housingfirst.caseload.CaseloadFilter;
import no.kommune.housingfirst.caseload.CaseloadService;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The section leader's dashboard: one service call for the page. A filter that cannot be
 * read is shown with its message, and the figures for everything the leader leads.
 */
@Controller
class CaseloadController {

	private final CaseloadService caseload;

	CaseloadController(CaseloadService caseload) {
		this.caseload = caseload;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "caseworker", required = false) String caseworker,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Model model) {
		DashboardForm form = new DashboardForm(section, team, caseworker, from, to);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		CaseloadFilter filter = form.toFilter(new FormInput(result));
		if (result.hasErrors()) {
			filter = CaseloadFilter.all();
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		CaseloadDashboard dashboard = this.caseload.dashboard(user, filter);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("exportTables", CaseloadExport.TABLES);
		model.addAttribute("drill", drillBase(dashboard, true));
		// The numbers of one team or caseworker line name their own team and caseworker.
		model.addAttribute("drillTeam", drillBase(dashboard, false));
		return "caseload/dashboard";
	}

	/**
	 * The address of the lists behind the numbers, with the dashboard's filter and
	 * period; each number adds its measure (and team, caseworker, months or reason). With
	 * {@code withPeople} false, without the team and caseworker chosen, for the numbers
	 * that name their own.
	 */
	private static String drillBase(CaseloadDashboard dashboard, boolean withPeople) {
		CaseloadFilter filter = dashboard.filter();
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dashboard/people");
		if (filter.sectionId() != null) {
			uri.queryParam("section", filter.sectionId());
		}
		if (withPeople && filter.teamId() != null) {
			uri.queryParam("team", filter.teamId());
		}
		if (withPeople && filter.caseworkerId() != null) {
			uri.queryParam("caseworker", filter.caseworkerId());
		}
		return uri.queryParam("from", dashboard.from()).queryParam("to", dashboard.to()).toUriString();
	}

}
