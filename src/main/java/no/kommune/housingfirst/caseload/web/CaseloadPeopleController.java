package no.kommune.housingfirst.caseload.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import no.kommune.housingfirst.caseload.CaseloadExport;
import no.kommune.housingfirst.caseload.CaseloadFilter;
import no.kommune.housingfirst.caseload.CaseloadService;
import no.kommune.housingfirst.caseload.DrillDown;
import no.kommune.housingfirst.participant.ExitReason;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participants behind a number on the dashboard, for the same filter: a page at a
 * time, or all of them as CSV or XLSX. A measure, month count or exit reason that does
 * not exist is not found; a filter that cannot be read leads back to the dashboard, which
 * says why.
 */
@Controller
class CaseloadPeopleController {

	private final CaseloadService caseload;

	private final Downloads downloads;

	CaseloadPeopleController(CaseloadService caseload, Downloads downloads) {
		this.caseload = caseload;
		this.downloads = downloads;
	}

	/**
	 * What the address asks for, as typed: the measure, the dashboard's filter, and the
	 * months or exit reason (bound from the request's parameters of the same names).
	 */
	record Ask(String measure, String section, String team, String caseworker, String from, String to, String months,
			String reason) {

		DashboardForm form() {
			return new DashboardForm(this.section, this.team, this.caseworker, this.from, this.to);
		}

		DrillDown drillDown() {
			return DrillDown.of(this.measure).orElseThrow(() -> new NotFoundException("list"));
		}

		Integer monthCount() {
			if (FormInput.isBlank(this.months)) {
				return null;
			}
			try {
				return Integer.valueOf(this.months.strip());
			}
			catch (NumberFormatException ex) {
				throw new NotFoundException("list");
			}
		}

		ExitReason exitReason() {
			if (FormInput.isBlank(this.reason)) {
				return null;
			}
			return Arrays.stream(ExitReason.values())
				.filter((r) -> r.name().equals(this.reason.strip()))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("list"));
		}

	}

	@GetMapping("/dashboard/people")
	String page(@AuthenticationPrincipal CurrentUser user, Ask ask,
			@RequestParam(name = "page", required = false) String page, Model model) {
		CaseloadFilter filter = ask.form().readable();
		if (filter == null) {
			return ask.form().backToTheDashboard();
		}
		model.addAttribute("list", this.caseload.people(user, filter, ask.drillDown(), ask.monthCount(),
				ask.exitReason(), FormInput.page(page, Integer.MAX_VALUE)));
		return "caseload/people";
	}

	@GetMapping("/dashboard/people.xlsx")
	String xlsx(@AuthenticationPrincipal CurrentUser user, Ask ask, Locale locale, HttpServletResponse response)
			throws IOException {
		CaseloadExport export = export(user, ask);
		if (export == null) {
			return ask.form().backToTheDashboard();
		}
		this.downloads.xlsx(response, locale, "deltakere-" + ask.drillDown().code() + ".xlsx", export);
		return null;
	}

	@GetMapping("/dashboard/people.csv")
	String csv(@AuthenticationPrincipal CurrentUser user, Ask ask, Locale locale, HttpServletResponse response)
			throws IOException {
		CaseloadExport export = export(user, ask);
		if (export == null) {
			return ask.form().backToTheDashboard();
		}
		this.downloads.csv(response, locale, "deltakere-" + ask.drillDown().code() + ".csv", export.tables().get(0));
		return null;
	}

	/** The whole list for the files, or null when the filter cannot be read. */
	private CaseloadExport export(CurrentUser user, Ask ask) {
		CaseloadFilter filter = ask.form().readable();
		return (filter == null) ? null
				: this.caseload.peopleExport(user, filter, ask.drillDown(), ask.monthCount(), ask.exitReason());
	}

}
