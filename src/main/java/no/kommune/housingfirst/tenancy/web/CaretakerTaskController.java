package no.kommune.housingfirst.tenancy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
import no.kommune.housingfirst.tenancy.CaretakerTaskKind;
import no.kommune.housingfirst.tenancy.CaretakerTasks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Caretaker tasks from the participant's Bolig tab: the open and done tasks, and a new
 * task given to a caretaker or a housing officer.
 */
@Controller
@RequestMapping("/participants/{id:\\d+}/caretaker-tasks")
class CaretakerTaskController {

	private final CaretakerTasks tasks;

	private final Clock clock;

	CaretakerTaskController(CaretakerTasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
		model.addAttribute("view", this.tasks.page(user, id, FormInput.page(page, 10_000)));
		return "tenancy/tasks";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", TaskForm.empty(LocalDate.now(this.clock)));
		return newView(this.tasks.newTask(user, id), model);
	}

	@PostMapping("/new")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") TaskForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CaretakerTasks.TaskDetails details = form.details(result);
		UUID key = form.key();
		if (details != null && FormSave.attempt(result, response, () -> this.tasks.record(user, id, key, details))) {
			redirect.addFlashAttribute("message", "caretaker.saved");
			return "redirect:/participants/" + id + "/caretaker-tasks";
		}
		return newView(this.tasks.newTask(user, id), model);
	}

	private static String newView(CaretakerTasks.NewTaskPage page, Model model) {
		model.addAttribute("header", page.header());
		model.addAttribute("page", page);
		model.addAttribute("kinds", CaretakerTaskKind.values());
		return "tenancy/task-new";
	}

}
