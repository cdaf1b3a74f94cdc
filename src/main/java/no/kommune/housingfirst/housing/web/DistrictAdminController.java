package no.kommune.housingfirst.housing.web;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.housing.DistrictRow;
import no.kommune.housingfirst.housing.Districts;
import no.kommune.housingfirst.shared.web.FormSave;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the municipality's list of districts: add, rename, deactivate and
 * activate, and delete one nothing refers to. Beside the organisation pages under
 * {@code /admin}, but the list is the housing module's, so its page lives here (the staff
 * module may not depend on housing).
 */
@Controller
@RequestMapping("/admin/districts")
class DistrictAdminController {

	private final Districts districts;

	DistrictAdminController(Districts districts) {
		this.districts = districts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", DistrictForm.empty());
		return listView(model);
	}

	@PostMapping
	String add(@ModelAttribute("form") DistrictForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String name = form.name(result);
		if (name != null && FormSave.attempt(result, response, () -> this.districts.add(name))) {
			redirect.addFlashAttribute("message", "housing.district.added");
			return "redirect:/admin/districts";
		}
		return listView(model);
	}

	@GetMapping("/{id:\\d+}")
	String editForm(@PathVariable long id, Model model) {
		DistrictRow district = this.districts.get(id);
		model.addAttribute("form", DistrictForm.from(district));
		model.addAttribute("district", district);
		return "housing/district-form";
	}

	@PostMapping("/{id:\\d+}")
	String rename(@PathVariable long id, @ModelAttribute("form") DistrictForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String name = form.name(result);
		if (name != null && FormSave.attempt(result, response,
				() -> this.districts.rename(id, form.versionOrMinusOne(), name))) {
			redirect.addFlashAttribute("message", "housing.district.renamed");
			return "redirect:/admin/districts";
		}
		model.addAttribute("district", this.districts.get(id));
		return "housing/district-form";
	}

	@PostMapping("/{id:\\d+}/active")
	String activeOrNot(@PathVariable long id, @RequestParam(name = "active", defaultValue = "") String active,
			RedirectAttributes redirect) {
		if (FormSave.attempt(redirect, () -> {
			if (Boolean.parseBoolean(active)) {
				this.districts.activate(id);
			}
			else {
				this.districts.deactivate(id);
			}
		})) {
			redirect.addFlashAttribute("message",
					Boolean.parseBoolean(active) ? "housing.district.activated" : "housing.district.deactivated");
		}
		return "redirect:/admin/districts/" + id;
	}

	@PostMapping("/{id:\\d+}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		if (FormSave.attempt(redirect, () -> this.districts.delete(id))) {
			redirect.addFlashAttribute("message", "housing.district.deleted");
			return "redirect:/admin/districts";
		}
		return "redirect:/admin/districts/" + id;
	}

	private String listView(Model model) {
		model.addAttribute("districts", this.districts.all());
		return "housing/districts";
	}

}
