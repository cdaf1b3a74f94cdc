package no.kommune.housingfirst.caseload.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import no.kommune.housingfirst.caseload.CaseloadExport;
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

/**
 * The yearly report (årsrapport): a printable page and the same figures as an XLSX file,
 * one service call each. A year or section that cannot be read is shown with its message
 * next to the field, and last year's report for everything the leader leads.
 */
@Controller
class YearlyReportController {

	private final CaseloadService caseload;

	private final Downloads downloads;

	private final Clock clock;

	YearlyReportController(CaseloadService caseload, Downloads downloads, Clock clock) {
		this.caseload = caseload;
		this.downloads = downloads;
		this.clock = clock;
	}

	/** The year and section as typed. */
	record YearForm(String year, String section) {
	}

	@GetMapping("/dashboard/year")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "section", required = false) String section, Model model) {
		YearForm form = new YearForm(year, section);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		FormInput in = new FormInput(result);
		Integer chosenYear = in.integer("year", year, false, CaseloadService.FIRST_YEAR,
				LocalDate.now(this.clock).getYear());
		Long sectionId = in.id("section", section, false);
		if (result.hasErrors()) {
			chosenYear = null;
			sectionId = null;
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		model.addAttribute("report", this.caseload.yearlyReport(user, chosenYear, sectionId));
		return "caseload/year";
	}

	@GetMapping("/dashboard/year.xlsx")
	String xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "year", required = false) String year,
			@RequestParam(name = "section", required = false) String section, Locale locale,
			HttpServletResponse response) throws IOException {
		BindingResult result = new BeanPropertyBindingResult(new YearForm(year, section), "form");
		FormInput in = new FormInput(result);
		Integer chosenYear = in.integer("year", year, false, CaseloadService.FIRST_YEAR,
				LocalDate.now(this.clock).getYear());
		Long sectionId = in.id("section", section, false);
		if (result.hasErrors()) {
			// Back to the page, which says what could not be read; nothing is exported.
			return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/dashboard/year")
				.queryParamIfPresent("year", java.util.Optional.ofNullable(year))
				.queryParamIfPresent("section", java.util.Optional.ofNullable(section))
				.encode()
				.build()
				.toUriString();
		}
		CaseloadExport export = this.caseload.yearlyExport(user, chosenYear, sectionId);
		this.downloads.xlsx(response, locale, "arsrapport-" + export.from().getYear() + ".xlsx", export);
		return null;
	}

}
