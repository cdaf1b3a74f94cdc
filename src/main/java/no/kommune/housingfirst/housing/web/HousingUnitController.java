package no.kommune.housingfirst.housing.web;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.housing.HousingRuleException;
import no.kommune.housingfirst.housing.HousingUnit;
import no.kommune.housingfirst.housing.HousingUnits;
import no.kommune.housingfirst.housing.UnitDetails;
import no.kommune.housingfirst.housing.UnitKind;
import no.kommune.housingfirst.housing.UnitSearch;
import no.kommune.housingfirst.housing.UnitStatus;
import no.kommune.housingfirst.shared.web.FormInput;
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
 * The housing service keeps its register of units: search, register, describe, status.
 */
@Controller
@RequestMapping("/housing-units")
class HousingUnitController {

	private final HousingUnits units;

	HousingUnitController(HousingUnits units) {
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(name = "district", required = false) String district,
			@RequestParam(name = "rooms", required = false) String rooms,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		String place = (district == null) ? "" : FormInput.withoutControlCharacters(district).strip();
		UnitSearch search = new UnitSearch(place.length() > 100 ? place.substring(0, 100) : place, number(rooms, 1, 10),
				choice(status), FormInput.page(page, 10_000));
		model.addAttribute("units", this.units.search(search));
		model.addAttribute("search", search);
		model.addAttribute("districts", this.units.districts());
		model.addAttribute("statuses", UnitStatus.values());
		return "housing/units";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", UnitForm.empty());
		return formView(null, model);
	}

	@PostMapping("/new")
	String register(@ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UnitDetails details = form.details(result);
		if (details == null) {
			return formView(null, model);
		}
		long id = this.units.register(details);
		redirect.addFlashAttribute("message", "housing.unit.registered");
		return "redirect:/housing-units/" + id;
	}

	@GetMapping("/{id:\\d+}")
	String editForm(@PathVariable long id, Model model) {
		HousingUnit unit = this.units.get(id);
		model.addAttribute("form", UnitForm.from(unit.details(), unit.getVersion()));
		return formView(unit, model);
	}

	@PostMapping("/{id:\\d+}")
	String describe(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UnitDetails details = form.details(result);
		if (details != null) {
			if (FormSave.attempt(result, response, () -> this.units.describe(id, form.versionOrMinusOne(), details))) {
				redirect.addFlashAttribute("message", "housing.unit.saved");
				return "redirect:/housing-units/" + id;
			}
		}
		return formView(this.units.get(id), model);
	}

	@PostMapping("/{id:\\d+}/status")
	String changeStatus(@PathVariable long id, @RequestParam(name = "to", defaultValue = "") String to,
			RedirectAttributes redirect) {
		boolean changed = FormSave.attempt(redirect, () -> {
			switch (to) {
				case "RESERVED_HF" -> this.units.reserveForHousingFirst(id);
				case "AVAILABLE" -> this.units.makeAvailable(id);
				case "UNAVAILABLE" -> this.units.makeUnavailable(id);
				default -> throw new HousingRuleException("housing.unit.rule.unknownStep");
			}
		});
		if (changed) {
			redirect.addFlashAttribute("message", "housing.unit.statusChanged");
		}
		return "redirect:/housing-units/" + id;
	}

	private String formView(HousingUnit unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", UnitKind.values());
		return "housing/unit-form";
	}

	private static UnitStatus choice(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UnitStatus.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer number(String value, int min, int max) {
		try {
			int number = Integer.parseInt(value.strip());
			return (number < min || number > max) ? null : number;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
