package no.kommune.housingfirst.caseload.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import no.kommune.housingfirst.caseload.CaseloadExport;
import no.kommune.housingfirst.caseload.CaseloadFilter;
import no.kommune.housingfirst.caseload.CaseloadService;
import no.kommune.housingfirst.caseload.CaseloadTable;
import no.kommune.housingfirst.shared.NotFoundException;
import no.kommune.housingfirst.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard's figures as files: every table in one XLSX workbook, or one table as
 * CSV, for the same filter as the page (section, team, caseworker, from, to: bound into
 * {@link DashboardForm}; one service call, audited as an export). A filter that cannot be
 * read leads back to the dashboard, which shows the message next to the field; nothing is
 * exported for it.
 */
@Controller
class CaseloadExportController {

	private final CaseloadService caseload;

	private final Downloads downloads;

	CaseloadExportController(CaseloadService caseload, Downloads downloads) {
		this.caseload = caseload;
		this.downloads = downloads;
	}

	@GetMapping("/dashboard/export.xlsx")
	String xlsx(@AuthenticationPrincipal CurrentUser user, DashboardForm form, Locale locale,
			HttpServletResponse response) throws IOException {
		CaseloadFilter filter = form.readable();
		if (filter == null) {
			return form.backToTheDashboard();
		}
		CaseloadExport export = this.caseload.export(user, filter);
		this.downloads.xlsx(response, locale, fileName(export, null, "xlsx"), export);
		return null;
	}

	@GetMapping("/dashboard/export.csv")
	String csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "table") String table,
			DashboardForm form, Locale locale, HttpServletResponse response) throws IOException {
		if (!CaseloadExport.TABLES.contains(table)) {
			throw new NotFoundException("export table");
		}
		CaseloadFilter filter = form.readable();
		if (filter == null) {
			return form.backToTheDashboard();
		}
		CaseloadExport export = this.caseload.export(user, filter);
		CaseloadTable chosen = export.table(table).orElseThrow(() -> new NotFoundException("export table"));
		this.downloads.csv(response, locale, fileName(export, chosen.name(), "csv"), chosen);
		return null;
	}

	private static String fileName(CaseloadExport export, String table, String extension) {
		return "dashbord" + ((table != null) ? "-" + table : "") + "-" + export.from() + "-" + export.to() + "."
				+ extension;
	}

}
