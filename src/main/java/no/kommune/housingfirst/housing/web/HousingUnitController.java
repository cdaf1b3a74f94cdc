package no.kommune.housingfirst.housing.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.housing.Districts;
import no.kommune.housingfirst.housing.HousingRuleException;
import no.kommune.housingfirst.housing.HousingUnits;
import no.kommune.housingfirst.housing.UnitDetails;
import no.kommune.housingfirst.housing.UnitKind;
import no.kommune.housingfirst.housing.UnitPage;
import no.kommune.housingfirst.housing.UnitSearch;
import no.kommune.housingfirst.housing.UnitSort;
import no.kommune.housingfirst.housing.UnitStatus;
import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
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
 * The housing service keeps its register of units: search, register, describe, status,
 * and each unit's history of changes. Post/Redirect/Get and the submission key make a
 * registration save at most once, however often the form is sent.
 */
@Controller
@RequestMapping("/housing-units")
class HousingUnitController {

	private static final Logger log = LoggerFactory.getLogger(HousingUnitController.class);

	private final HousingUnits units;

	private final Districts districts;

	HousingUnitController(HousingUnits units, Districts districts) {
		this.units = units;
		this.districts = districts;
	}

	@GetMapping
	String list(@RequestParam(name = "district", required = false) String district,
			@RequestParam(name = "rooms", required = false) String rooms,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "availableBy", required = false) String availableBy,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		String place = (district == null) ? "" : FormInput.withoutControlCharacters(district).strip();
		UnitSearch search = new UnitSearch(place.length() > 100 ? place.substring(0, 100) : place, number(rooms, 1, 10),
				choice(status, UnitStatus.class), FormInput.parseDate(availableBy), choice(sort, UnitSort.class),
				FormInput.page(page, 10_000));
		model.addAttribute("units", this.units.search(search));
		model.addAttribute("search", search);
		model.addAttribute("districts", this.districts.choices());
		model.addAttribute("statuses", UnitStatus.values());
		model.addAttribute("sorts", UnitSort.values());
		return "housing/units";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", UnitForm.empty());
		return newFormView(model);
	}

	@PostMapping("/new")
	String register(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") UnitForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UnitDetails details = form.details(result);
		// A form without a usable key (tampered with, or from an old page) gets one of
		// its own.
		UUID key = (form.submissionKey() != null) ? form.submissionKey() : UUID.randomUUID();
		if (details != null) {
			long[] id = new long[1];
			try {
				if (FormSave.attempt(result, response, () -> id[0] = this.units.register(user, key, details))) {
					return registered(id[0], redirect);
				}
			}
			catch (DataAccessException | TransactionException ex) {
				// A parallel request with the same submission may have registered it:
				// then that counts, and this one lands on the same unit.
				Optional<Long> meanwhile = savedMeanwhile(key);
				if (meanwhile.isPresent()) {
					return registered(meanwhile.get(), redirect);
				}
				log.warn("housing unit not registered reason={}", ex.getClass().getSimpleName());
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				result.reject("housing.unit.notSaved");
			}
		}
		return newFormView(model);
	}

	@GetMapping("/{id:\\d+}")
	String editForm(@PathVariable long id, Model model) {
		UnitPage unit = this.units.page(id);
		model.addAttribute("form", UnitForm.from(unit.details(), unit.version()));
		return formView(unit, model);
	}

	@PostMapping("/{id:\\d+}")
	String describe(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") UnitForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		UnitDetails details = form.details(result);
		if (details != null) {
			if (FormSave.attempt(result, response,
					() -> this.units.describe(user, id, form.versionOrMinusOne(), details))) {
				redirect.addFlashAttribute("message", "housing.unit.saved");
				return "redirect:/housing-units/" + id;
			}
		}
		return formView(this.units.page(id), model);
	}

	@PostMapping("/{id:\\d+}/status")
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "to", defaultValue = "") String to, RedirectAttributes redirect) {
		boolean changed = FormSave.attempt(redirect, () -> {
			switch (to) {
				case "RESERVED_HF" -> this.units.reserveForHousingFirst(user, id);
				case "AVAILABLE" -> this.units.makeAvailable(user, id);
				case "UNAVAILABLE" -> this.units.makeUnavailable(user, id);
				default -> throw new HousingRuleException("housing.unit.rule.unknownStep");
			}
		});
		if (changed) {
			redirect.addFlashAttribute("message", "housing.unit.statusChanged");
		}
		return "redirect:/housing-units/" + id;
	}

	private Optional<Long> savedMeanwhile(UUID key) {
		try {
			return this.units.findBySubmission(key);
		}
		catch (DataAccessException | TransactionException ex) {
			return Optional.empty();
		}
	}

	private static String registered(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "housing.unit.registered");
		return "redirect:/housing-units/" + id;
	}

	private String newFormView(Model model) {
		model.addAttribute("districts", this.districts.choicesFor(List.of()));
		return formView(null, model);
	}

	private static String formView(UnitPage unit, Model model) {
		model.addAttribute("unit", unit);
		if (unit != null) {
			model.addAttribute("districts", unit.districts());
		}
		model.addAttribute("kinds", UnitKind.values());
		return "housing/unit-form";
	}

	private static <E extends Enum<E>> E choice(String value, Class<E> type) {
		try {
			return (value == null || value.isBlank()) ? null : Enum.valueOf(type, value.strip());
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
