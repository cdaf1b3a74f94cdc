package no.kommune.housingfirst.caseload.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import no.kommune.housingfirst.caseload.CaseloadExport;
import no.kommune.housingfirst.caseload.CaseloadFilter;
import no.kommune.housingfirst.caseload.CaseloadService;
import no.kommune.housingfirst.caseload.CaseloadTable;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's figures as files: every table in one XLSX workbook, or one table as
 * CSV, for the same filter as the page (one service call, audited as an export). A filter
 * that cannot be read leads back to the dashboard, which shows the message next to the
 * field; nothing is exported for it.
 */
@Controller
class CaseloadExportController {

	private final CaseloadService caseload;

	private final MessageSource messages;

	private final Clock clock;

	CaseloadExportController(CaseloadService caseload, MessageSource messages, Clock clock) {
		this.caseload = caseload;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/export.xlsx")
	String xlsx(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "caseworker", required = false) String caseworker,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Locale locale, HttpServletResponse response)
			throws IOException {
		DashboardForm form = new DashboardForm(section, team, caseworker, from, to);
		CaseloadFilter filter = filter(form);
		if (filter == null) {
			return form.backToTheDashboard();
		}
		CaseloadExport export = this.caseload.export(user, filter);
		ExportFiles.attachment(response, ExportFiles.XLSX, fileName(export, null, "xlsx"));
		new ExportFiles(this.messages, locale).xlsx(export, LocalDateTime.now(this.clock), response.getOutputStream());
		return null;
	}

	@GetMapping("/dashboard/export.csv")
	String csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "table") String table,
			@RequestParam(name = "section", required = false) String section,
			@RequestParam(name = "team", required = false) String team,
			@RequestParam(name = "caseworker", required = false) String caseworker,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Locale locale, HttpServletResponse response)
			throws IOException {
		if (!CaseloadExport.TABLES.contains(table)) {
			throw new NotFoundException("export table");
		}
		DashboardForm form = new DashboardForm(section, team, caseworker, from, to);
		CaseloadFilter filter = filter(form);
		if (filter == null) {
			return form.backToTheDashboard();
		}
		CaseloadExport export = this.caseload.export(user, filter);
		CaseloadTable chosen = export.table(table).orElseThrow(() -> new NotFoundException("export table"));
		ExportFiles.attachment(response, "text/csv;charset=UTF-8", fileName(export, chosen.name(), "csv"));
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		new ExportFiles(this.messages, locale).csv(chosen, writer);
		return null;
	}

	private static CaseloadFilter filter(DashboardForm form) {
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		CaseloadFilter filter = form.toFilter(new FormInput(result));
		return result.hasErrors() ? null : filter;
	}

	private static String fileName(CaseloadExport export, String table, String extension) {
		return "dashbord" + ((table != null) ? "-" + table : "") + "-" + export.from() + "-" + export.to() + "."
				+ extension;
	}

}
