package no.kommune.housingfirst.tenancy.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.shared.web.FormSave;
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
 * The caretaker's own task list (a caretaker or a housing officer), on a phone in the
 * field: what to do where and by when, and marking a task done with a note.
 */
@Controller
@RequestMapping("/caretaker")
class MyTasksController {

	private final CaretakerTasks tasks;

	private final Clock clock;

	MyTasksController(CaretakerTasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "page", defaultValue = "0") String page,
			Model model) {
		model.addAttribute("view", this.tasks.mine(user, FormInput.page(page, 10_000)));
		return "tenancy/my-tasks";
	}

	@GetMapping("/tasks/{taskId:\\d+}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId, Model model) {
		CaretakerTasks.Task task = this.tasks.myTask(user, taskId);
		model.addAttribute("form", DoneForm.of(task, LocalDate.now(this.clock)));
		model.addAttribute("task", task);
		return "tenancy/my-task";
	}

	@PostMapping("/tasks/{taskId:\\d+}")
	String done(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId,
			@ModelAttribute("form") DoneForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FormInput in = new FormInput(result);
		LocalDate on = in.date("doneOn", form.doneOn(), true);
		String note = in.text("doneNote", form.doneNote(), false, DoneForm.NOTE_MAX);
		if (!result.hasErrors() && FormSave.attempt(result, response,
				() -> this.tasks.markDone(user, taskId, FormInput.version(form.version()), on, note))) {
			redirect.addFlashAttribute("message", "caretaker.done.saved");
			return "redirect:/caretaker";
		}
		model.addAttribute("task", this.tasks.myTask(user, taskId));
		return "tenancy/my-task";
	}

}
