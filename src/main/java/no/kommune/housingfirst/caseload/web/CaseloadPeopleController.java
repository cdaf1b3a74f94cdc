package no.kommune.housingfirst.caseload.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
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

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
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

	private final MessageSource messages;

	private final Clock clock;

	CaseloadPeopleController(CaseloadService caseload, MessageSource messages, Clock clock) {
		this.caseload = caseload;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the address asks for, as typed. */
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
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "measure") String measure,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "caseworker", required = false) String caseworker,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "months", required = false) String months,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "page", required = false) String page, Model model) {
		Ask ask = new Ask(measure, section, team, caseworker, from, to, months, reason);
		CaseloadFilter filter = filter(ask);
		if (filter == null) {
			return ask.form().backToTheDashboard();
		}
		model.addAttribute("list", this.caseload.people(user, filter, ask.drillDown(), ask.monthCount(),
				ask.exitReason(), FormInput.page(page, Integer.MAX_VALUE)));
		return "caseload/people";
	}

	@GetMapping("/dashboard/people.xlsx")
	String xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "measure") String measure,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "caseworker", required = false) String caseworker,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "months", required = false) String months,
			@RequestParam(name = "reason", required = false) String reason, Locale locale, HttpServletResponse response)
			throws IOException {
		Ask ask = new Ask(measure, section, team, caseworker, from, to, months, reason);
		CaseloadFilter filter = filter(ask);
		if (filter == null) {
			return ask.form().backToTheDashboard();
		}
		CaseloadExport export = this.caseload.peopleExport(user, filter, ask.drillDown(), ask.monthCount(),
				ask.exitReason());
		ExportFiles.attachment(response, ExportFiles.XLSX, "deltakere-" + ask.drillDown().code() + ".xlsx");
		new ExportFiles(this.messages, locale).xlsx(export, LocalDateTime.now(this.clock), response.getOutputStream());
		return null;
	}

	@GetMapping("/dashboard/people.csv")
	String csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "measure") String measure,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "caseworker", required = false) String caseworker,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "months", required = false) String months,
			@RequestParam(name = "reason", required = false) String reason, Locale locale, HttpServletResponse response)
			throws IOException {
		Ask ask = new Ask(measure, section, team, caseworker, from, to, months, reason);
		CaseloadFilter filter = filter(ask);
		if (filter == null) {
			return ask.form().backToTheDashboard();
		}
		CaseloadExport export = this.caseload.peopleExport(user, filter, ask.drillDown(), ask.monthCount(),
				ask.exitReason());
		ExportFiles.attachment(response, "text/csv;charset=UTF-8", "deltakere-" + ask.drillDown().code() + ".csv");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		new ExportFiles(this.messages, locale).csv(export.tables().get(0), writer);
		return null;
	}

	private static CaseloadFilter filter(Ask ask) {
		BindingResult result = new BeanPropertyBindingResult(ask.form(), "form");
		CaseloadFilter filter = ask.form().toFilter(new FormInput(result));
		return result.hasErrors() ? null : filter;
	}

}
