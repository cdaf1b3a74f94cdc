package no.kommune.housingfirst.caseload.web;

import java.time.LocalDate;

import no.kommune.housingfirst.caseload.CaseloadFilter;
import no.kommune.housingfirst.shared.web.FormInput;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard's filters as typed: section, team, caseworker, period. */
record DashboardForm(String section, String team, String caseworker, String from, String to) {

	/**
	 * The filter, or null with the message next to the field when something could not be
	 * read.
	 */
	CaseloadFilter toFilter(FormInput in) {
		Long sectionId = in.id("section", this.section, false);
		Long teamId = in.id("team", this.team, false);
		Long caseworkerId = in.id("caseworker", this.caseworker, false);
		LocalDate first = in.date("from", this.from, false);
		LocalDate last = in.date("to", this.to, false);
		if (first != null && last != null && first.isAfter(last)) {
			in.reject("to", "caseload.filter.toBeforeFrom");
		}
		return new CaseloadFilter(sectionId, teamId, caseworkerId, first, last);
	}

	/** The filter, or null when something in it cannot be read. */
	CaseloadFilter readable() {
		BindingResult result = new BeanPropertyBindingResult(this, "form");
		CaseloadFilter filter = toFilter(new FormInput(result));
		return result.hasErrors() ? null : filter;
	}

	/**
	 * Back to the dashboard with the filter as typed, where each value that cannot be
	 * read gets its message next to the field.
	 */
	String backToTheDashboard() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/dashboard");
		add(uri, "section", this.section);
		add(uri, "team", this.team);
		add(uri, "caseworker", this.caseworker);
		add(uri, "from", this.from);
		add(uri, "to", this.to);
		return "redirect:" + uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
