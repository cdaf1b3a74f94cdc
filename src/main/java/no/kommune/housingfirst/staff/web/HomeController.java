package no.kommune.housingfirst.staff.web;

import java.util.List;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.Role;
import no.kommune.housingfirst.staff.HomeNotes;
import no.kommune.housingfirst.staff.Organisation;
import no.kommune.housingfirst.staff.SectionSummary;
import no.kommune.housingfirst.staff.TeamSummary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Everyone's start page: who you are, your teams and sections, and what you may do. */
@Controller
class HomeController {

	private final Organisation organisation;

	private final List<HomeNotes> notes;

	HomeController(Organisation organisation, List<HomeNotes> notes) {
		this.organisation = organisation;
		this.notes = notes;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<TeamSummary> teams = this.organisation.teams(user.teamIds());
		List<SectionSummary> sections = this.organisation.sections()
			.stream()
			.filter((section) -> user.sectionIds().contains(section.id()))
			.toList();
		model.addAttribute("teams", teams);
		model.addAttribute("sections", sections);
		model.addAttribute("roles", List.of(Role.values()).stream().filter(user::hasRole).toList());
		model.addAttribute("notes", this.notes.stream().flatMap((source) -> source.notesFor(user).stream()).toList());
		return "staff/home";
	}

}
