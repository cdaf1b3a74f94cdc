package no.kommune.housingfirst.staff.web;

import jakarta.validation.Valid;

import no.kommune.housingfirst.staff.NameTakenException;
import no.kommune.housingfirst.staff.Organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the sections and teams that access rules build on. */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationAdminController {

	private final Organisation organisation;

	OrganisationAdminController(Organisation organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("sectionForm", OrganisationForm.empty());
		model.addAttribute("teamForm", OrganisationForm.empty());
		return view(model);
	}

	@PostMapping("/sections")
	String createSection(@Valid @ModelAttribute("sectionForm") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.organisation.createSection(form.name());
				redirect.addFlashAttribute("message", "organisation.section.created");
				return "redirect:/admin/organisation";
			}
			catch (NameTakenException ex) {
				result.rejectValue("name", "organisation.name.taken");
			}
		}
		model.addAttribute("teamForm", OrganisationForm.empty());
		return view(model);
	}

	@PostMapping("/teams")
	String createTeam(@Valid @ModelAttribute("teamForm") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.sectionId() == null) {
			result.rejectValue("sectionId", "validation.required");
		}
		if (!result.hasErrors()) {
			try {
				this.organisation.createTeam(form.sectionId(), form.name());
				redirect.addFlashAttribute("message", "organisation.team.created");
				return "redirect:/admin/organisation";
			}
			catch (NameTakenException ex) {
				result.rejectValue("name", "organisation.name.taken");
			}
		}
		model.addAttribute("sectionForm", OrganisationForm.empty());
		return view(model);
	}

	private String view(Model model) {
		model.addAttribute("sections", this.organisation.sections());
		model.addAttribute("teams", this.organisation.teams());
		return "staff/organisation";
	}

}
