package no.kommune.housingfirst.tenancy.web;

import java.time.LocalDate;

import no.kommune.housingfirst.tenancy.CaretakerTasks;

/** Marking a task done: the day, a note, and the version the task was opened with. */
record DoneForm(String doneOn, String doneNote, String version) {

	static final int NOTE_MAX = 1000;

	static DoneForm of(CaretakerTasks.Task task, LocalDate today) {
		return new DoneForm(today.toString(), "", String.valueOf(task.version()));
	}

}
