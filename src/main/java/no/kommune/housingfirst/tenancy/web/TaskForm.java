package no.kommune.housingfirst.tenancy.web;

import java.time.LocalDate;
import java.util.UUID;

import no.kommune.housingfirst.shared.web.FormInput;
import no.kommune.housingfirst.tenancy.CaretakerTaskKind;
import no.kommune.housingfirst.tenancy.CaretakerTasks;

import org.springframework.validation.Errors;

/** A caretaker task as a caseworker types it; only these fields are read. */
record TaskForm(String kind, String whatToDo, String assignedTo, String dueOn, String submissionKey) {

	static final int TEXT_MAX = 1000;

	static TaskForm empty(LocalDate today) {
		return new TaskForm("", "", "", today.plusWeeks(1).toString(), UUID.randomUUID().toString());
	}

	/** The details, or null with every problem next to its field. */
	CaretakerTasks.TaskDetails details(Errors errors) {
		FormInput in = new FormInput(errors);
		CaretakerTaskKind k = in.choice("kind", this.kind, CaretakerTaskKind.class, true);
		String what = in.text("whatToDo", this.whatToDo, true, TEXT_MAX);
		Long to = in.id("assignedTo", this.assignedTo, true);
		LocalDate due = in.date("dueOn", this.dueOn, true);
		return errors.hasErrors() ? null : new CaretakerTasks.TaskDetails(k, what, to, due);
	}

	UUID key() {
		UUID key = FormInput.submissionKey(this.submissionKey);
		return (key != null) ? key : UUID.randomUUID();
	}

}
